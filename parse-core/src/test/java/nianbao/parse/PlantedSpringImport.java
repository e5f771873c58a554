package nianbao.parse;

import org.springframework.stereotype.Component;

/** A production class as it must never be: test-only, so that ArchitectureTest shows its rule catching it. */
@Component
class PlantedSpringImport {
}
