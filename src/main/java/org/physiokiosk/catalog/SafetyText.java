package org.physiokiosk.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The "Stop and get help" box and the disclaimer: always printed. {@code redFlags} and {@code emergency} are the
 * warning signs printed; {@link #forRegions} picks those of a plan's body regions from {@link RegionFlags}, which
 * are catalogue data and never part of what a handout recorded.
 */
public record SafetyText(String heading, String intro, List<String> redFlags, String emergency,
                         String injuryWarning, String disclaimer,
                         @com.fasterxml.jackson.annotation.JsonIgnore Map<String, RegionFlags> regions) {

    /** One body region's warning signs and the public sources they come from. */
    public record RegionFlags(List<String> sources, List<String> redFlags, String emergency) {
        public RegionFlags {
            sources = List.copyOf(sources);
            redFlags = List.copyOf(redFlags);
        }
    }

    public SafetyText {
        redFlags = List.copyOf(redFlags);
        regions = regions == null ? Map.of() : Map.copyOf(regions);
    }

    /** Warning signs with no region lists (a snapshot read back, a test). */
    public SafetyText(String heading, String intro, List<String> redFlags, String emergency, String injuryWarning,
            String disclaimer) {
        this(heading, intro, redFlags, emergency, injuryWarning, disclaimer, Map.of());
    }

    /**
     * The box for a plan of these body regions, in plan order: each region's signs once, and each emergency once.
     * Regions with no list of their own fall back to the general signs; with none at all, the general box.
     */
    public SafetyText forRegions(List<String> planRegions) {
        Set<String> flags = new LinkedHashSet<>();
        Set<String> emergencies = new LinkedHashSet<>();
        boolean general = false;
        for (String region : new LinkedHashSet<>(planRegions)) {
            RegionFlags own = regions.get(region);
            if (own == null) {
                general = true;
                continue;
            }
            flags.addAll(own.redFlags());
            emergencies.add(own.emergency());
        }
        if (general || flags.isEmpty()) {
            flags.addAll(redFlags);
            emergencies.add(emergency);
        }
        return new SafetyText(heading, intro, new ArrayList<>(flags), String.join(" ", emergencies), injuryWarning,
                disclaimer, Map.of());
    }
}
