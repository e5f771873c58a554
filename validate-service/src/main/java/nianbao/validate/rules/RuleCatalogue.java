package nianbao.validate.rules;

import java.util.List;
import nianbao.validate.engine.Rule;

/** Every rule of domain-spec §6.8, in catalogue order. */
public final class RuleCatalogue {

    private RuleCatalogue() {
    }

    public static List<Rule> all() {
        return List.of();
    }
}
