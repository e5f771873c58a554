package nianbao.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * What a narrative fact states besides its figures, with the fields its kind needs ({@link FactKind#qualifierType()}):
 * the rules read these fields and never parse text back. On the wire (report-parsed's {@code NarrativeFactRecord.qualifier},
 * unchanged since the contract's first version) each is one string; that string is written by {@link #text()} and
 * read by {@link #fromText}, here and nowhere else.
 */
public sealed interface Qualifier {

    /** The wire string of report-parsed. */
    String text();

    /** TITLE: the title line as written. */
    record Title(String text) implements Qualifier {
        @Override
        public String text() {
            return text;
        }
    }

    /** AGENCY: the author's name as the document writes it, without whitespace. */
    record Agency(String name) implements Qualifier {
        @Override
        public String text() {
            return name;
        }
    }

    /** STATISTICAL_PERIOD: the first and last day of the stated period; on the wire "YYYY-MM-DD/YYYY-MM-DD". */
    record Period(LocalDate from, LocalDate to) implements Qualifier {
        @Override
        public String text() {
            return from + "/" + to;
        }
    }

    /** PUBLISHED_ON, SIGNATURE_DATE: the date; on the wire ISO. */
    record Day(LocalDate date) implements Qualifier {
        @Override
        public String text() {
            return date.toString();
        }
    }

    /**
     * APPLICATIONS_RECEIVED, OUTCOME, PERCENT: the table-三 rows the figure counts, as row ids or row-group prefixes
     * ({@code R3.3} = every leaf row under it, {@code R1} + {@code R2} = new and carried-over applications); on the
     * wire joined by "+".
     */
    record T3Rows(List<String> ids) implements Qualifier {
        public T3Rows {
            ids = List.copyOf(ids);
        }

        @Override
        public String text() {
            return String.join("+", ids);
        }
    }

    /** APPLICATIONS_BY_CHANNEL: the channels named (当面, 网络…), in the order of the counts; on the wire joined by "+". */
    record Channels(List<String> names) implements Qualifier {
        public Channels {
            names = List.copyOf(names);
        }

        @Override
        public String text() {
            return String.join("+", names);
        }
    }

    /**
     * REVIEW_OUTCOME_CLAIM: the claim's words and what they claim: every review upheld (均获维持: none corrected,
     * none ended otherwise, none pending) or only none corrected (未被纠错). On the wire the words.
     */
    record ReviewClaim(String words, boolean allUpheld) implements Qualifier {
        /** The claim these words make: 维持 claims every review upheld. */
        public static ReviewClaim of(String words) {
            return new ReviewClaim(words, words.contains("维持"));
        }

        @Override
        public String text() {
            return words;
        }
    }

    /** OVERVIEW_TOPIC: the topic of section 一 found; on the wire its Chinese name. */
    record Topic(OverviewTopic topic) implements Qualifier {
        @Override
        public String text() {
            return topic.zh();
        }
    }

    /** SECTION_TEXT: the section the text block is the prose of; on the wire its numeral (一, 五). */
    record OfSection(SectionId section) implements Qualifier {
        @Override
        public String text() {
            return section.numeral();
        }
    }

    /**
     * The qualifier a fact of this kind carries on the wire, or null when there is none, or none this version can read
     * (a malformed date, an unknown topic, a qualifier on a kind that has none): the fact then has no qualifier.
     */
    static Qualifier fromText(FactKind kind, String wire) {
        Class<? extends Qualifier> type = kind.qualifierType();
        if (wire == null || type == null) return null;
        try {
            if (type == Title.class) return new Title(wire);
            if (type == Agency.class) return new Agency(wire);
            if (type == Period.class) {
                int slash = wire.indexOf('/');
                return slash < 0 ? null
                        : new Period(LocalDate.parse(wire.substring(0, slash)), LocalDate.parse(wire.substring(slash + 1)));
            }
            if (type == Day.class) return new Day(LocalDate.parse(wire));
            if (type == T3Rows.class) return new T3Rows(Arrays.asList(wire.split("\\+")));
            if (type == Channels.class) return new Channels(Arrays.asList(wire.split("\\+")));
            if (type == ReviewClaim.class) return ReviewClaim.of(wire);
            if (type == Topic.class) {
                return Arrays.stream(OverviewTopic.values()).filter(t -> t.zh().equals(wire)).findFirst().map(Topic::new)
                        .orElse(null);
            }
            if (type == OfSection.class) {
                return Arrays.stream(SectionId.values()).filter(s -> s.numeral().equals(wire)).findFirst()
                        .map(OfSection::new).orElse(null);
            }
            throw new IllegalStateException("no wire form for " + type);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
