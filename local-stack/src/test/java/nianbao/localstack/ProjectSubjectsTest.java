package nianbao.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import nianbao.infra.registry.ApicurioRegistry;
import nianbao.schemas.Topic;
import nianbao.schemas.Topics;
import org.junit.jupiter.api.Test;

class ProjectSubjectsTest {

    /** embedded-infra spells the subjects itself (it cannot depend on schemas); they must match the catalogue. */
    @Test
    void theRegistrysBackwardSubjectsAreTheCataloguesValueSubjects() {
        assertThat(ApicurioRegistry.PROJECT_SUBJECTS)
                .containsExactlyInAnyOrderElementsOf(Topics.ALL.stream().map(Topic::valueSubject).toList());
    }
}
