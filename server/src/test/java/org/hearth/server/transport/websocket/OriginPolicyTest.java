package org.hearth.server.transport.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OriginPolicyTest {
    private final OriginPolicy sameHost = new OriginPolicy(List.of());

    @Test
    void aPageFromTheSameHostAndPortIsAllowed() {
        assertThat(sameHost.allows("http://localhost:8080", "localhost:8080")).isTrue();
        assertThat(sameHost.allows("HTTP://LocalHost:8080/", "localhost:8080")).isTrue();
        assertThat(sameHost.allows("https://chat.example.org", "chat.example.org")).isTrue();
        assertThat(sameHost.allows("http://[::1]:8080", "[::1]:8080")).isTrue();
    }

    @Test
    void aPageFromAnotherHostPortOrSchemeDefaultIsRefused() {
        assertThat(sameHost.allows("http://evil.example", "localhost:8080")).isFalse();
        assertThat(sameHost.allows("http://localhost:9090", "localhost:8080")).isFalse();
        assertThat(sameHost.allows("https://chat.example.org", "chat.example.org:80")).isFalse();
        assertThat(sameHost.allows("null", "localhost:8080")).isFalse();
        assertThat(sameHost.allows("http://localhost:8080", null)).isFalse();
    }

    @Test
    void aClientThatIsNotABrowserPageSendsNoOriginAndIsAllowed() {
        assertThat(sameHost.allows(null, "localhost:8080")).isTrue();
    }

    @Test
    void configuredOriginsReplaceTheSameHostRule() {
        OriginPolicy configured = new OriginPolicy(List.of("https://chat.example.org/"));

        assertThat(configured.allows("https://chat.example.org", "internal:8080")).isTrue();
        assertThat(configured.allows("http://internal:8080", "internal:8080")).isFalse();
    }
}
