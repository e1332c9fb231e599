package org.hearth.server.safety.eval;

import java.io.IOException;
import java.nio.file.Path;

/** One classifier measured on one labelled data set. */
public interface SafetyEvaluation {
    /** A short name to pick it with ({@code --only risk}). */
    String name();

    /** The data file it reads, relative to the evaluation folder (for example {@code risk/reddit-cssrs-500-users.csv}). */
    String dataFile();

    /** Reads the data, runs the classifier over all of it, and scores the result. */
    EvaluationReport evaluate(Path dataFile) throws IOException;
}
