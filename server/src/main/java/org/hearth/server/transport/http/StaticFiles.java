package org.hearth.server.transport.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The web client's files, read once from the class path at start-up, so serving them never reads
 * a file on an event loop. Immutable after construction; safe from any thread.
 */
public final class StaticFiles {
    /** A file ready to serve. */
    public record File(byte[] bytes, String contentType) {
    }

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "txt", "text/plain; charset=utf-8",
            "webmanifest", "application/manifest+json");

    private final Map<String, File> byPath;

    private StaticFiles(Map<String, File> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    /** Loads every file under the class-path folder {@code root} (for example {@code web}). */
    public static StaticFiles load(String root) {
        URL index = StaticFiles.class.getClassLoader().getResource(root + "/index.html");
        if (index == null) {
            throw new IllegalStateException("the web client is missing: no " + root + "/index.html on the class path");
        }
        Map<String, File> files = new HashMap<>();
        try {
            if ("jar".equals(index.getProtocol())) {
                JarURLConnection jar = (JarURLConnection) index.openConnection();
                jar.setUseCaches(false);
                try (JarFile file = jar.getJarFile()) {
                    Enumeration<JarEntry> entries = file.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry entry = entries.nextElement();
                        if (!entry.isDirectory() && entry.getName().startsWith(root + "/")) {
                            try (InputStream in = file.getInputStream(entry)) {
                                put(files, entry.getName().substring(root.length()), in.readAllBytes());
                            }
                        }
                    }
                }
            } else {
                Path folder = Path.of(index.toURI()).getParent();
                try (Stream<Path> paths = Files.walk(folder)) {
                    for (Path path : paths.filter(Files::isRegularFile).toList()) {
                        String relative = "/" + folder.relativize(path).toString().replace('\\', '/');
                        put(files, relative, Files.readAllBytes(path));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the web client's files", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("could not locate the web client's files", e);
        }
        return new StaticFiles(files);
    }

    private static void put(Map<String, File> files, String path, byte[] bytes) {
        int dot = path.lastIndexOf('.');
        String extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        files.put(path, new File(bytes, CONTENT_TYPES.getOrDefault(extension, "application/octet-stream")));
    }

    /**
     * These files with some of a WebJar's files added, served at {@code /webjars/NAME/FILE}: the
     * path names no version, so pages need not change when the WebJar does.
     *
     * @param group the WebJar's Maven group, for example {@code org.webjars.npm}
     * @param name the WebJar's name, for example {@code uplot}
     * @param wanted paths inside the WebJar's version folder, for example {@code dist/uPlot.min.css}
     * @throws IllegalStateException when the WebJar or a file is not on the class path
     */
    public StaticFiles withWebJar(String group, String name, String... wanted) {
        ClassLoader loader = StaticFiles.class.getClassLoader();
        String properties = "META-INF/maven/" + group + "/" + name + "/pom.properties";
        java.util.Properties pom = new java.util.Properties();
        try (InputStream in = loader.getResourceAsStream(properties)) {
            if (in == null) {
                throw new IllegalStateException("the WebJar " + group + ":" + name + " is missing from the class path");
            }
            pom.load(in);
            Map<String, File> files = new HashMap<>(byPath);
            for (String file : wanted) {
                String resource = "META-INF/resources/webjars/" + name + "/" + pom.getProperty("version") + "/" + file;
                try (InputStream content = loader.getResourceAsStream(resource)) {
                    if (content == null) {
                        throw new IllegalStateException("the WebJar " + name + " has no " + file);
                    }
                    put(files, "/webjars/" + name + "/" + file, content.readAllBytes());
                }
            }
            return new StaticFiles(files);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the WebJar " + name, e);
        }
    }

    /** The file at a request path ({@code /} is {@code /index.html}), or null. */
    public File get(String path) {
        return byPath.get("/".equals(path) ? "/index.html" : path);
    }
}
