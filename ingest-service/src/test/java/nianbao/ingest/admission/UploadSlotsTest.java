package nianbao.ingest.admission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadSlotsTest {

    private final UploadSlots slots = new UploadSlots(3, 2);

    @Test
    void anAgencyGetsItsLimitThenIsRefusedWhileOthersStillGetSlots() {
        UploadSlots.Taken first = slots.take("longting");
        UploadSlots.Taken second = slots.take("longting");
        UploadSlots.Taken third = slots.take("longting");

        assertThat(first.slot()).isPresent();
        assertThat(second.slot()).isPresent();
        assertThat(third.slot()).isEmpty();
        assertThat(third.refusal()).isEqualTo(UploadSlots.Refusal.AGENCY_LIMIT);
        assertThat(slots.take("kunwu").slot()).isPresent();
        assertThat(slots.inUse()).isEqualTo(3);
    }

    @Test
    void theOverallLimitRefusesAnAgencyBelowItsOwn() {
        slots.take("longting");
        slots.take("longting");
        slots.take("kunwu");

        UploadSlots.Taken refused = slots.take("jinping");

        assertThat(refused.slot()).isEmpty();
        assertThat(refused.refusal()).isEqualTo(UploadSlots.Refusal.OVERALL_LIMIT);
    }

    @Test
    void aSlotGivenBackTwiceCountsOnce() {
        UploadSlots.Slot slot = slots.take("longting").slot().orElseThrow();
        slots.take("longting");

        slot.close();
        slot.close();

        assertThat(slots.inUse()).isEqualTo(1);
        assertThat(slots.inUse("longting")).isEqualTo(1);
        assertThat(slots.take("longting").slot()).isPresent();
        assertThat(slots.take("longting").refusal()).isEqualTo(UploadSlots.Refusal.AGENCY_LIMIT);
    }
}
