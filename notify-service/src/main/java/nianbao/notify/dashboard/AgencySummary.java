package nianbao.notify.dashboard;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts of an agency's alerts by state. */
public record AgencySummary(String agencyId, String agencyName, int open, int confirmed, int dismissed, int resolved) {

    /** One summary per agency, in the order the agencies first appear. */
    public static List<AgencySummary> of(Collection<AlertView> views) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (AlertView view : views) {
            String id = view.alert().agency().id();
            names.putIfAbsent(id, view.alert().agency().name());
            counts.computeIfAbsent(id, k -> new int[AlertState.values().length])[view.state().ordinal()]++;
        }
        return counts.entrySet().stream().map(e -> new AgencySummary(e.getKey(), names.get(e.getKey()),
                e.getValue()[AlertState.OPEN.ordinal()], e.getValue()[AlertState.CONFIRMED.ordinal()],
                e.getValue()[AlertState.DISMISSED.ordinal()], e.getValue()[AlertState.RESOLVED.ordinal()])).toList();
    }
}
