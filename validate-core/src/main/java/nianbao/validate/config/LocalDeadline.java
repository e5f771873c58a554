package nianbao.validate.config;

import nianbao.report.AgencyLevel;

/**
 * A deadline set locally for agencies of {@code level} whose region code starts with {@code regionPrefix}
 * ("" = everywhere), e.g. 怀化 requiring municipal departments to publish by 28 Jan.
 */
public record LocalDeadline(String regionPrefix, AgencyLevel level, Deadline deadline) {

    public LocalDeadline {
        regionPrefix = regionPrefix == null ? "" : regionPrefix;
    }
}
