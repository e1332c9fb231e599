package org.hearth.server.safety.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The users of the C-SSRS Reddit data set ({@code User,Post,Label}, one row per user, {@code Post}
 * a Python-style list of the user's posts). Rows cut off part-way keep their complete posts; rows
 * without one complete post are skipped and counted. Immutable once read.
 *
 * @param users every user with at least one post read
 * @param rows the data rows in the file
 * @param salvaged rows cut off part-way whose complete posts were kept
 * @param skipped rows without a single complete post
 */
public record CssrsUsers(List<User> users, int rows, int salvaged, int skipped) {
    /** The Columbia severity labels of the data set, from least to most severe. */
    public static final List<String> LABELS = List.of("Supportive", "Indicator", "Ideation", "Behavior", "Attempt");

    public CssrsUsers {
        users = List.copyOf(users);
    }

    /** One user: the label and the posts. */
    public record User(String label, List<String> posts) {
        public User {
            posts = List.copyOf(posts);
        }
    }

    public static CssrsUsers read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    public static CssrsUsers read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        List<User> users = new ArrayList<>();
        int rows = 0;
        int salvaged = 0;
        int skipped = 0;
        for (CSVRecord row : format.parse(reader)) {
            rows++;
            String label = row.get("Label").strip();
            if (!LABELS.contains(label)) {
                throw new IOException("row " + row.getRecordNumber() + ": unknown label " + label);
            }
            PythonStringList.Parsed posts = PythonStringList.parse(row.get("Post"));
            if (posts.items().isEmpty()) {
                skipped++;
                continue;
            }
            if (!posts.complete()) {
                salvaged++;
            }
            users.add(new User(label, posts.items()));
        }
        return new CssrsUsers(users, rows, salvaged, skipped);
    }
}
