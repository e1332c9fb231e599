package org.hearth.server.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/** One read of {@code GET /metrics} in the Prometheus text format, with sums over matching series. */
record Scrape(int status, String text) {

    /** Reads the metrics, with a staff bearer token when {@code token} is not null. */
    static Scrape of(URI server, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve("/metrics")).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Scrape(response.statusCode(), response.body());
    }

    /**
     * The sum of every series called {@code name} whose labels contain each of {@code labels}
     * (written as in the exposition, for example {@code room="lounge"}); NaN when none matches.
     */
    double value(String name, String... labels) {
        double sum = 0;
        boolean found = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " "))) {
                continue;
            }
            int end = line.lastIndexOf(' ');
            String series = line.substring(0, end);
            if (Arrays.stream(labels).allMatch(series::contains)) {
                sum += Double.parseDouble(line.substring(end + 1));
                found = true;
            }
        }
        return found ? sum : Double.NaN;
    }
}
