package nianbao.notify.routing;

/** The body that filed a report, as carried by the events. {@code level} is an AgencyLevel symbol. */
public record Agency(String id, String name, String regionCode, String level) {
}
