package nianbao.notify.alerts;

import nianbao.notify.routing.Agency;

/** Published when an agency's alerts or reviews changed; the dashboard pushes it to the supervisors watching. */
public record AlertsChanged(Agency agency, int reportYear, String what) {
}
