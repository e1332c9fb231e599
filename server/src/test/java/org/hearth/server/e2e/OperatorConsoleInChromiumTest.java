package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.hearth.server.auth.Accounts;
import org.hearth.server.auth.PasswordHasher;
import org.hearth.server.auth.Role;
import org.hearth.server.config.StoreConfig;
import org.hearth.server.store.Stores;
import org.hearth.server.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The first operator's account is called "operator", which members may not use as a handle (so
 * nobody can pass for staff): the console asks for another name to show, without the password
 * again, and then looks after every room.
 */
class OperatorConsoleInChromiumTest {
    private final RunningServer server;
    private final String password;
    private Browser browser;

    OperatorConsoleInChromiumTest() throws Exception {
        Path data = Files.createTempDirectory("hearth-data");
        try (Stores stores = SqliteStore.open(new StoreConfig(StoreConfig.Backend.SQLITE, data, false, 100))) {
            password = new Accounts(stores.accounts(), new PasswordHasher()).create("operator", Role.OPERATOR, Set.of());
        }
        server = RunningServer.start(data, "rooms", "lounge,night-owls", "room.night-owls.title", "Night owls");
    }

    @AfterEach
    void stop() throws Exception {
        try (Browser b = browser) {
            server.close();
        }
    }

    @Test
    void anOperatorWhoseAccountNameIsReservedChoosesAnotherNameWithoutThePasswordAndSeesEveryRoom() throws Exception {
        browser = new Browser();
        browser.open(server.url.resolve("/moderate.html"));
        browser.waitVisible("#account").sendKeys("operator");
        browser.find("#password").sendKeys(password);
        browser.find("#sign-in-submit").click();

        browser.waitForText("#sign-in-error", "reserved");
        browser.find("#shown-as").sendKeys("sam");
        browser.find("#sign-in-submit").click();

        browser.waitVisible("#desk");
        browser.waitForText("#connection", "signed in as sam");
        browser.waitForText("#room-tabs", "Night owls");
        assertThat(browser.find("#room-tabs").getText()).contains("The lounge", "Night owls");
    }
}
