package org.hearth.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.protocol.ProtocolViolation;
import org.hearth.protocol.RoomId;
import org.hearth.server.auth.Account;
import org.hearth.server.auth.Accounts;
import org.hearth.server.auth.PasswordHasher;
import org.hearth.server.auth.Role;
import org.hearth.server.config.ConfigLoader;
import org.hearth.server.config.HearthConfig;
import org.hearth.server.metrics.StoreMetrics;
import org.hearth.server.store.Stores;

/**
 * {@code hearth-server.jar accounts ...}: makes and resets staff accounts in the data folder the
 * server uses (the same config flags apply). A new password is generated and printed once.
 * <pre>
 *   accounts create NAME --role=moderator --rooms=lounge,night-owls [--config=FILE | --store.path=DIR]
 *   accounts create NAME --role=operator
 *   accounts reset NAME
 * </pre>
 */
final class AccountsCommand {
    static final String USAGE = """
            usage: hearth-server.jar accounts create NAME --role=moderator|operator [--rooms=ROOM,ROOM] [config flags]
                   hearth-server.jar accounts reset NAME [config flags]""";

    private AccountsCommand() {
    }

    /** Runs the command; returns the exit code (0 done, 2 bad arguments, 1 failed). */
    static int run(String[] args, Map<String, String> environment) {
        if (args.length < 3 || !List.of("create", "reset").contains(args[1])) {
            System.err.println(USAGE);
            return 2;
        }
        String action = args[1];
        String name = args[2];
        if (!Account.isValidName(name)) {
            System.err.println("hearth: account name '" + name + "' (expected: 1-" + Account.MAX_NAME_LENGTH
                    + " of a-z, 0-9, '-', '_')");
            return 2;
        }
        Role role = null;
        Set<RoomId> rooms = Set.of();
        List<String> configFlags = new ArrayList<>();
        try {
            for (String arg : Arrays.copyOfRange(args, 3, args.length)) {
                if (arg.startsWith("--role=")) {
                    role = Role.valueOf(arg.substring("--role=".length()).toUpperCase(Locale.ROOT));
                } else if (arg.startsWith("--rooms=")) {
                    rooms = Arrays.stream(arg.substring("--rooms=".length()).split(",")).map(String::trim)
                            .filter(r -> !r.isEmpty()).map(RoomId::new).collect(Collectors.toSet());
                } else {
                    configFlags.add(arg);
                }
            }
        } catch (IllegalArgumentException | ProtocolViolation e) {
            System.err.println("hearth: " + e.getMessage() + " (expected: --role=moderator or --role=operator, "
                    + "--rooms=lounge,night-owls)");
            return 2;
        }
        HearthConfig config = ConfigLoader.load(configFlags.toArray(String[]::new), environment);
        try (Stores stores = StoreBackends.open(config.store(), StoreMetrics.NONE, false)) {
            Accounts accounts = new Accounts(stores.accounts(), new PasswordHasher());
            if (action.equals("create")) {
                if (role == null) {
                    System.err.println(USAGE);
                    return 2;
                }
                if (role == Role.MODERATOR && rooms.isEmpty()) {
                    System.err.println("hearth: a moderator needs the rooms they moderate (--rooms=lounge,...)");
                    return 2;
                }
                String password = accounts.create(name, role, rooms);
                System.out.println("Account '" + name + "' (" + role.name().toLowerCase(Locale.ROOT)
                        + ") has this password, shown only now:\n\n    " + password + "\n");
                return 0;
            }
            Optional<String> password = accounts.resetPassword(name);
            if (password.isEmpty()) {
                System.err.println("hearth: there is no account '" + name + "'");
                return 1;
            }
            System.out.println("Account '" + name + "' has a new password, shown only now:\n\n    " + password.get() + "\n");
            return 0;
        }
    }
}
