package org.hearth.protocol.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.Fixtures;
import org.hearth.protocol.Fixtures.Fixture;
import org.hearth.protocol.ResumeTokens;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example frames in {@code frames/client} and {@code frames/server} are valid and canonical. */
class ExampleFramesTest {
    private static final ProtocolCodec CODEC = new ProtocolCodec(CodecLimits.DEFAULTS);
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Fixture> clientFrames() {
        return Fixtures.clientFrames();
    }

    static List<Fixture> serverFrames() {
        return Fixtures.serverFrames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clientFrames")
    void everyClientFixtureRoundTripsUnchanged(Fixture fixture) throws Exception {
        ClientMessage decoded = CODEC.decodeClient(fixture.json());

        byte[] encoded = CODEC.encode(decoded);

        assertThat(CODEC.decodeClient(encoded, 0, encoded.length)).isEqualTo(decoded);
        assertThat(JSON.readTree(encoded)).isEqualTo(JSON.readTree(fixture.json()));
        assertThat(decoded.type()).isEqualTo(fixture.type());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serverFrames")
    void everyServerFixtureRoundTripsUnchanged(Fixture fixture) throws Exception {
        ServerMessage decoded = CODEC.decodeServer(fixture.json());

        byte[] encoded = CODEC.encode(decoded);

        assertThat(CODEC.decodeServer(encoded, 0, encoded.length)).isEqualTo(decoded);
        JsonNode tree = JSON.readTree(encoded);
        assertThat(tree).isEqualTo(JSON.readTree(fixture.json()));
        assertThat(tree.get("type").textValue()).isEqualTo(fixture.type());
    }

    @Test
    void everyClientFrameTypeHasAFixture() {
        assertThat(types(Fixtures.clientFrames())).isEqualTo(wireNames(ClientMessage.class));
    }

    @Test
    void everyServerFrameTypeHasAFixture() {
        assertThat(types(Fixtures.serverFrames())).isEqualTo(wireNames(ServerMessage.class));
    }

    @Test
    void everyAckStatusHasAFixture() throws Exception {
        for (ServerMessage.AckStatus status : ServerMessage.AckStatus.values()) {
            String name = "ack-" + status.name().toLowerCase(java.util.Locale.ROOT);
            ServerMessage ack = CODEC.decodeServer(Fixtures.serverFrame(name).json());
            assertThat(ack).isInstanceOfSatisfying(ServerMessage.Ack.class, a -> assertThat(a.status()).isEqualTo(status));
        }
    }

    @Test
    void theResumeFixturesCarryWhatAResumeNeeds() throws Exception {
        var hello = (ClientMessage.Hello) CODEC.decodeClient(Fixtures.clientFrame("hello-resume").json());
        var welcome = (ServerMessage.Welcome) CODEC.decodeServer(Fixtures.serverFrame("welcome").json());
        var resumed = (ServerMessage.Welcome) CODEC.decodeServer(Fixtures.serverFrame("welcome-resumed").json());
        var join = (ClientMessage.Join) CODEC.decodeClient(Fixtures.clientFrame("join-resume").json());

        assertThat(hello.resumeToken()).isEqualTo(welcome.resumeToken()).matches(ResumeTokens::hasValidShape);
        assertThat(welcome.resumed()).isFalse();
        assertThat(welcome.rooms()).isEmpty();
        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.rooms()).contains(join.room());
        assertThat(join.lastSeq()).isNotNull();
    }

    @Test
    void joinedHistoryIsInSequenceOrderEndingAtTheHead() throws Exception {
        for (String name : List.of("joined", "joined-reset")) {
            var joined = (ServerMessage.Joined) CODEC.decodeServer(Fixtures.serverFrame(name).json());
            List<Long> seqs = joined.history().stream().map(ServerMessage.Message::seq).toList();
            assertThat(seqs).isSorted().doesNotHaveDuplicates().last().isEqualTo(joined.headSeq());
            assertThat(joined.history()).allSatisfy(m -> assertThat(m.room()).isEqualTo(joined.room()));
        }
    }

    @Test
    void theFactoriesBuildTheFixtureFrames() throws Exception {
        RoomId lounge = new RoomId("evening-lounge");
        var held = (ServerMessage.Ack) CODEC.decodeServer(Fixtures.serverFrame("ack-held").json());
        var rejected = (ServerMessage.Ack) CODEC.decodeServer(Fixtures.serverFrame("ack-rejected").json());
        var error = (ServerMessage.Error) CODEC.decodeServer(Fixtures.serverFrame("error").json());

        assertThat(ServerMessage.Ack.sent(lounge, "c-7f3a9e-0001", 43))
                .isEqualTo(CODEC.decodeServer(Fixtures.serverFrame("ack-sent").json()));
        assertThat(ServerMessage.Ack.notSent(lounge, held.clientMsgId(), ServerMessage.AckStatus.HELD,
                ErrorCode.HELD_FOR_REVIEW, held.rule(), held.reason())).isEqualTo(held);
        assertThat(ServerMessage.Ack.notSent(lounge, rejected.clientMsgId(), ServerMessage.AckStatus.REJECTED,
                ErrorCode.REJECTED_BY_RULE, rejected.rule(), rejected.reason())).isEqualTo(rejected);
        assertThat(ServerMessage.Error.of(ErrorCode.TEXT_TOO_LONG, error.message(), "send", "evening-lounge",
                "c-7f3a9e-0004")).isEqualTo(error);
    }

    @Test
    void fixturesArePrettyPrintedWithOneFrameEach() throws Exception {
        for (Fixture fixture : concat(Fixtures.clientFrames(), Fixtures.serverFrames())) {
            assertThat(fixture.json()).as(fixture.name()).startsWith("{\n  \"type\": ").endsWith("}\n");
            assertThat(JSON.readTree(fixture.json()).isObject()).isTrue();
        }
    }

    @Test
    void theIndexListsEveryFixtureFile() throws URISyntaxException {
        for (String side : List.of("client", "server")) {
            URL dir = getClass().getClassLoader().getResource("frames/" + side);
            assumeTrue(dir != null && "file".equals(dir.getProtocol()), "fixtures are not in a directory");
            String[] files = new File(dir.toURI()).list((d, name) -> name.endsWith(".json"));
            assertThat(Fixtures.indexedFileNames(side)).as(side).containsExactlyInAnyOrder(files);
        }
    }

    private static Set<String> types(List<Fixture> fixtures) {
        return fixtures.stream().map(Fixture::type).collect(Collectors.toSet());
    }

    private static Set<String> wireNames(Class<?> sealedType) {
        JsonSubTypes subTypes = sealedType.getAnnotation(JsonSubTypes.class);
        assertThat(subTypes.value()).as("every frame record is registered for JSON")
                .hasSameSizeAs(frameRecords(sealedType).toList());
        return Arrays.stream(subTypes.value()).map(JsonSubTypes.Type::name).collect(Collectors.toSet());
    }

    /** The records of a sealed hierarchy, through nested sealed interfaces (such as RoomCommand). */
    private static java.util.stream.Stream<Class<?>> frameRecords(Class<?> sealedType) {
        return Arrays.stream(sealedType.getPermittedSubclasses())
                .flatMap(sub -> sub.isSealed() ? frameRecords(sub) : java.util.stream.Stream.of(sub));
    }

    private static List<Fixture> concat(List<Fixture> a, List<Fixture> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
