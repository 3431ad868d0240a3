package io.netlink4j.core.os;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.error.AlreadyExistsException;
import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.error.NoSuchObjectException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.buffer.UnpooledDirectByteBuf;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The native layer: JNA direct calls report the errno of the very call that failed. */
class PosixTest {
    private static final int EPROTONOSUPPORT = 93;
    private static final int ENOTTY = 25;

    @Test
    void openingAMissingPathReportsENOENTFromTheCallItself() {
        assertThat(Posix.tryOpen("/nonexistent/netlink4j/" + System.nanoTime(), Posix.O_RDONLY, 0))
                .isEqualTo(-Errno.ENOENT);
        assertThat(Posix.errno()).isEqualTo(Errno.ENOENT);
        assertThatThrownBy(() -> Posix.open("/nonexistent/netlink4j", Posix.O_RDONLY, 0))
                .isInstanceOfSatisfying(NoSuchObjectException.class, e -> {
                    assertThat(e.errno()).isEqualTo(Errno.ENOENT);
                    assertThat(e.errnoName()).isEqualTo("ENOENT");
                })
                .hasMessageContaining("open(/nonexistent/netlink4j)")
                .hasMessageContaining("No such file or directory");
    }

    @Test
    void eachFailingCallReportsItsOwnErrnoNotAnEarlierOne(@TempDir Path dir) throws Exception {
        Path file = Files.createFile(dir.resolve("f"));
        assertThat(Posix.tryOpen(dir.resolve("missing").toString(), Posix.O_RDONLY, 0)).isEqualTo(-Errno.ENOENT);
        assertThat(Posix.tryOpen(file.toString(), Posix.O_RDONLY | Posix.O_CREAT | Posix.O_EXCL, 0600))
                .isEqualTo(-Errno.EEXIST);
        assertThat(Posix.mkdir(dir.toString(), 0755)).isEqualTo(Errno.EEXIST);
        assertThat(Posix.unlink(dir.resolve("missing").toString())).isEqualTo(Errno.ENOENT);
        assertThatThrownBy(() -> Posix.socket(Posix.AF_NETLINK, Posix.SOCK_RAW, 9999))
                .isInstanceOfSatisfying(NetlinkException.class, e -> assertThat(e.errno()).isEqualTo(EPROTONOSUPPORT));
        assertThatThrownBy(() -> Posix.close(-1)).isInstanceOfSatisfying(NetlinkException.class,
                e -> assertThat(e.errnoName()).isEqualTo("EBADF"));
        int fd = Posix.open(file.toString(), Posix.O_RDONLY, 0);
        try {
            assertThat(Posix.namespaceType(fd)).as("a plain file is no namespace").isEqualTo(-ENOTTY);
        } finally {
            Posix.close(fd);
        }
        assertThatThrownBy(() -> Posix.open(file.toString(), Posix.O_RDONLY | Posix.O_CREAT | Posix.O_EXCL, 0))
                .isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void errnoIsPerThreadEvenWhenThreadsFailDifferentCallsAtTheSameTime(@TempDir Path dir) throws Exception {
        Path existing = Files.createFile(dir.resolve("exists"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CyclicBarrier start = new CyclicBarrier(4);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                boolean missing = t % 2 == 0;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 5_000; i++) {
                        if (missing) {
                            assertThat(Posix.tryOpen(dir.resolve("nope").toString(), Posix.O_RDONLY, 0))
                                    .isEqualTo(-Errno.ENOENT);
                        } else {
                            assertThat(Posix.tryOpen(existing.toString(), Posix.O_RDONLY | Posix.O_CREAT | Posix.O_EXCL, 0))
                                    .isEqualTo(-Errno.EEXIST);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theNetNamespaceOfTheProcessIsRecognisedByItsNsfsType() {
        int fd = Posix.open("/proc/self/ns/net", Posix.O_RDONLY, 0);
        try {
            assertThat(Posix.namespaceType(fd)).isEqualTo(Posix.CLONE_NEWNET);
        } finally {
            Posix.close(fd);
        }
    }

    @Test
    void theAddressOfAPooledBufferIsItsFirstByte() {
        ByteBuf first = PooledByteBufAllocator.DEFAULT.directBuffer(64);
        ByteBuf second = PooledByteBufAllocator.DEFAULT.directBuffer(64); // not at offset 0 of its chunk
        try {
            assertThat(Posix.address(first)).isEqualTo(first.memoryAddress());
            assertThat(Posix.address(second)).isEqualTo(second.memoryAddress());
        } finally {
            first.release();
            second.release();
        }
        assertThatThrownBy(() -> Posix.address(Unpooled.buffer(8))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("direct");
    }

    @Test
    void withoutUnsafeTheAddressOfABufferInsideALargerChunkStillPointsAtItsFirstByte() {
        // without sun.misc.Unsafe netty's pooled buffers answer internalNioBuffer with the whole
        // arena chunk positioned at the buffer's offset: simulate that layout at offset 100
        ByteBuffer chunk = ByteBuffer.allocateDirect(256);
        long chunkAddress = Unpooled.wrappedBuffer(chunk).memoryAddress();
        ByteBuf inChunk = new UnpooledDirectByteBuf(UnpooledByteBufAllocator.DEFAULT, 64, 64) {
            @Override
            public ByteBuffer internalNioBuffer(int index, int length) {
                return chunk.duplicate().limit(100 + index + length).position(100 + index);
            }
        };
        try {
            assertThat(inChunk.hasMemoryAddress()).isFalse();
            assertThat(Posix.address(inChunk)).isEqualTo(chunkAddress + 100);
        } finally {
            inChunk.release();
        }
    }

    @Test
    void readAndWriteMoveBytesThroughTheBuffersMemory(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rw");
        ByteBuf out = PooledByteBufAllocator.DEFAULT.directBuffer(16);
        ByteBuf in = PooledByteBufAllocator.DEFAULT.directBuffer(16);
        try {
            out.writeBytes(new byte[] {1, 2, 3, 4, 5});
            int fd = Posix.open(file.toString(), Posix.O_WRONLY | Posix.O_CREAT, 0600);
            try {
                assertThat(Posix.write(fd, Posix.address(out), 5)).isEqualTo(5);
            } finally {
                Posix.close(fd);
            }
            fd = Posix.open(file.toString(), Posix.O_RDONLY, 0);
            try {
                assertThat(Posix.read(fd, Posix.address(in), 16)).isEqualTo(5);
            } finally {
                Posix.close(fd);
            }
            in.writerIndex(5);
            assertThat(in.getByte(4)).isEqualTo((byte) 5);
            assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3, 4, 5);
        } finally {
            out.release();
            in.release();
        }
    }
}
