package org.hearth.load;

import java.util.Map;

/** One standard scenario: its name, its preset of sizes, and what it does on a run. */
record Scenario(String name, Map<String, String> preset, Body body) {
    /** A scenario's own steps, built on the shared machinery of a {@link ScenarioRun}. */
    @FunctionalInterface
    interface Body {
        void run(ScenarioRun run) throws InterruptedException;
    }

    void run(ScenarioRun on) throws InterruptedException {
        body.run(on);
    }
}
