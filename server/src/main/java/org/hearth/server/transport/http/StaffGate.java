package org.hearth.server.transport.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Predicate;
import org.hearth.server.auth.Principal;
import org.hearth.server.auth.StaffTokens;

/**
 * The check every staff-only route makes: a valid sign-in (else 401) whose holder may use this
 * route (else 403, saying who may). One place, so the routes answer alike. Stateless.
 */
final class StaffGate {
    private StaffGate() {
    }

    /**
     * The signed-in staff member who may go on, or null after answering (and releasing) the request.
     *
     * @param may who may use the route
     * @param whoMay the 403's sentence, for example "Only operators may edit a charter."
     */
    static Principal admit(ChannelHandlerContext ctx, FullHttpRequest request, StaffTokens tokens,
                           Predicate<Principal> may, String whoMay) {
        Principal principal = tokens.authenticate(StaffCredentials.any(request));
        if (principal == null) {
            try {
                HttpResponses.send(ctx, request, HttpResponseStatus.UNAUTHORIZED, "text/plain; charset=utf-8",
                        Unpooled.copiedBuffer("Sign in as staff first.\n", StandardCharsets.UTF_8), false,
                        Map.of("WWW-Authenticate", "Bearer"));
            } finally {
                request.release();
            }
            return null;
        }
        if (!may.test(principal)) {
            HttpResponses.sendAndRelease(ctx, request, HttpResponseStatus.FORBIDDEN, whoMay + "\n");
            return null;
        }
        return principal;
    }
}
