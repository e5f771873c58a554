package nianbao.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import nianbao.report.testing.SampleReports;

/**
 * A steady stream of unique reports to ingest-service, as agencies' tools send them, for the fault test: client
 * threads each submit at their share of a fixed rate, and one more thread submits, one after the other, longting's
 * report with a wrong outcome total, each time a different one, so that each opens a new alert and is mailed.
 *
 * <p>A client retries the same bytes until it is answered 202, as a tool would: after 503 or 429 (refused, certainly
 * not published), and after a request that got no answer (connection refused or reset, timeout: maybe published). A
 * retry after an unanswered attempt may be answered {@code 200 duplicate} with the id of that attempt, which had been
 * accepted after all. Any other answer ends the submission and is kept for the test to fail on.
 */
final class SubmissionStream {

    /** The other four samples, made unique by a last line {@code （载荷N）}. */
    private static final List<Sample> CORRECT = List.of(
            new Sample("kunwu-office", 2020, SampleReports.KUNWU),
            new Sample("chaoyang-business-env-bureau", 2023, SampleReports.CHAOYANG),
            new Sample("jinping-street", 2022, SampleReports.JINPING),
            new Sample("qidong-hitech-jinhai", 2022, SampleReports.QIDONG));
    /** 龙亭区's {@code (七) 总计} row: 16 requests received and 16 answered. */
    private static final String LONGTING_OUTCOME_TOTAL = "(七) 总计\t\t16\t0\t0\t0\t0\t0\t16\t";
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    /** After {@link #stop()}, how long a submission still being refused is retried before it is given up. */
    private static final Duration GIVE_UP_AFTER_STOP = Duration.ofSeconds(90);

    private record Sample(String agencyId, int year, String fileName) {
    }

    /**
     * One report as its client saw it. {@code submissionId} is the accepted id (null if never accepted);
     * {@code status} the last answer (202, or 200 when a retry found an unanswered attempt accepted; 0 if the last
     * attempt got no answer); {@code refused} counts 503 and 429 answers, {@code unanswered} attempts without answer.
     */
    record Sent(String label, boolean wrongTotal, String submissionId, int status, int refused, int unanswered,
                String lastBody) {

        boolean accepted() {
            return status == 202 || status == 200;
        }

        boolean retried() {
            return refused + unanswered > 0;
        }
    }

    private final IngestClient ingest;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile boolean stopping;
    private volatile long giveUpAt = Long.MAX_VALUE;

    private SubmissionStream(IngestClient ingest) {
        this.ingest = ingest;
    }

    /**
     * Starts {@code clients} threads sending correct reports at {@code perSecond} in all, and one thread sending a
     * report with a wrong total every {@code wrongTotalEvery}.
     */
    static SubmissionStream start(IngestClient ingest, int clients, double perSecond, Duration wrongTotalEvery) {
        SubmissionStream stream = new SubmissionStream(ingest);
        long period = (long) (clients * 1e9 / perSecond);
        for (int i = 0; i < clients; i++) {
            stream.threads.add(new Thread(() -> stream.paced(period, stream::nextCorrect), "client-" + i));
        }
        stream.threads.add(new Thread(() -> stream.paced(wrongTotalEvery.toNanos(), stream::nextWrongTotal),
                "client-wrong-totals"));
        stream.threads.forEach(Thread::start);
        return stream;
    }

    /** Every submission so far, finished ones only. */
    List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** Sends nothing new; waits for the submissions in flight to be accepted (or given up) and returns all. */
    List<Sent> stop() throws InterruptedException {
        stopping = true;
        giveUpAt = System.nanoTime() + GIVE_UP_AFTER_STOP.toNanos();
        for (Thread thread : threads) {
            thread.join();
        }
        return sent();
    }

    private interface Report {
        Sent submit() throws InterruptedException;
    }

    /** Submits one report after the other, one every {@code periodNanos} (no catching up after a slow one). */
    private void paced(long periodNanos, Supplier<Report> next) {
        long due = System.nanoTime();
        try {
            while (!stopping) {
                sent.add(next.get().submit());
                due = Math.max(due + periodNanos, System.nanoTime());
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Report nextCorrect() {
        int n = sequence.incrementAndGet();
        Sample sample = CORRECT.get(n % CORRECT.size());
        byte[] content = (SampleReports.text(sample.fileName()) + "\n（载荷" + n + "）\n").getBytes(StandardCharsets.UTF_8);
        return () -> untilAccepted(sample.agencyId() + "#" + n, false, sample, content);
    }

    private Report nextWrongTotal() {
        int n = sequence.incrementAndGet();
        int total = 16 + n;
        String text = SampleReports.text(SampleReports.LONGTING);
        if (text.split(Pattern.quote(LONGTING_OUTCOME_TOTAL), -1).length != 2) {
            throw new IllegalStateException("longting's outcome total row is not where the stream expects it");
        }
        byte[] content = text.replace(LONGTING_OUTCOME_TOTAL, "(七) 总计\t\t" + total + "\t0\t0\t0\t0\t0\t" + total + "\t")
                .getBytes(StandardCharsets.UTF_8);
        Sample longting = new Sample("longting-gov-office", 2022, SampleReports.LONGTING);
        return () -> untilAccepted("longting-gov-office#" + n + " (总计 " + total + ")", true, longting, content);
    }

    private Sent untilAccepted(String label, boolean wrongTotal, Sample sample, byte[] content)
            throws InterruptedException {
        int refused = 0;
        int unanswered = 0;
        while (true) {
            IngestClient.Receipt receipt;
            try {
                receipt = ingest.submit(sample.agencyId(), sample.year(), sample.fileName(), content);
            } catch (IOException noAnswer) {
                unanswered++;
                if (System.nanoTime() > giveUpAt) {
                    return new Sent(label, wrongTotal, null, 0, refused, unanswered, noAnswer.toString());
                }
                Thread.sleep(RETRY_PAUSE.toMillis());
                continue;
            }
            int status = receipt.status();
            if (status == 202 || status == 200) {
                return new Sent(label, wrongTotal, receipt.submissionId(), status, refused, unanswered, receipt.body());
            }
            if ((status != 503 && status != 429) || System.nanoTime() > giveUpAt) {
                return new Sent(label, wrongTotal, null, status, refused + (status == 503 || status == 429 ? 1 : 0),
                        unanswered, receipt.body());
            }
            refused++;
            Thread.sleep(RETRY_PAUSE.toMillis());
        }
    }
}
