package org.hearth.server;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.hearth.server.config.ConfigLoader;
import org.hearth.server.config.HearthConfig;
import org.hearth.server.safety.eval.SafetyEvaluations;
import org.hearth.server.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Hearth from the command line: {@code java -jar hearth-server.jar [--key=value ...]}, or
 * manages staff accounts: {@code java -jar hearth-server.jar accounts ...} (see {@link AccountsCommand}), or
 * measures the safety filters: {@code java -jar hearth-server.jar eval-safety [--data DIR]} (see
 * {@link org.hearth.server.safety.eval.EvalSafetyCommand}).
 */
public final class Main {
    private static final Logger log = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("eval-safety")) {
            System.exit(SafetyEvaluations.command().run(args, System.out));
            return;
        }
        if (args.length > 0 && args[0].equals("accounts")) {
            int exit;
            try {
                exit = AccountsCommand.run(args, System.getenv());
            } catch (IllegalArgumentException | StoreException e) {
                System.err.println("hearth: " + e.getMessage());
                exit = 1;
            }
            System.exit(exit);
            return;
        }
        HearthConfig config;
        try {
            config = ConfigLoader.load(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("hearth: " + e.getMessage());
            System.exit(2);
            return;
        }
        ConsoleLogFormat.apply(config.observability().logFormat());
        HearthServer server;
        try {
            server = HearthServer.start(config, Clock.systemUTC());
        } catch (StoreException | IllegalArgumentException e) {
            System.err.println("hearth: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("shutting down: telling clients to reconnect later (1012)");
            server.close();
            stopped.countDown();
        }, "hearth-shutdown"));
        log.info("Hearth is listening; open {} in a browser", server.url());
        stopped.await();
    }
}
