package io.netlink4j.core.codec;

import io.netlink4j.core.error.MalformedMessageException;
import io.netlink4j.core.error.NetlinkException;

import static io.netlink4j.core.codec.Netlink.NLMSG_DONE;
import static io.netlink4j.core.codec.Netlink.NLMSG_ERROR;
import static io.netlink4j.core.codec.Netlink.NLMSG_HDRLEN;
import static io.netlink4j.core.codec.Netlink.NLM_F_ACK_TLVS;
import static io.netlink4j.core.codec.Netlink.NLM_F_CAPPED;

/**
 * The kernel's answer in an NLMSG_ERROR (an ACK when the error is 0, else a refusal) or the
 * status of an NLMSG_DONE that ends a dump, with the extended-ACK attributes decoded.
 *
 * <p>Layout (netlink.h): NLMSG_ERROR carries {@code struct nlmsgerr} = an {@code int error}
 * (0 or a negative errno) and the request's 16-byte header, then, unless the kernel set
 * NLM_F_CAPPED, the rest of the request; with NLM_F_ACK_TLVS the NLMSGERR_ATTR_* attributes
 * follow, 4-byte aligned. NLMSG_DONE carries an {@code int} status, then the attributes.
 *
 * <p>{@link #status(NetlinkMessage)} reads just the error number without allocating (the ACK
 * path); {@link #read(NetlinkMessage)} decodes everything. Both raise only
 * {@link MalformedMessageException} for bad input. Immutable, hence thread-safe.
 *
 * @param errno              positive errno, 0 for an ACK or a clean NLMSG_DONE
 * @param extendedAck        NLMSGERR_ATTR_MSG, the kernel's explanation, or null
 * @param extendedAckOffset  NLMSGERR_ATTR_OFFS, the offending attribute's offset in the
 *                           request, or -1
 * @param missingType        NLMSGERR_ATTR_MISS_TYPE, a required attribute that was absent, or -1
 * @param missingNestOffset  NLMSGERR_ATTR_MISS_NEST, offset of the nest that lacked it, or -1
 * @param capped             NLM_F_CAPPED: only the request's header was echoed
 * @param requestLength      echoed request header: nlmsg_len (0 for NLMSG_DONE)
 * @param requestType        echoed request header: nlmsg_type (0 for NLMSG_DONE)
 * @param requestFlags       echoed request header: nlmsg_flags (0 for NLMSG_DONE)
 * @param requestSeq         echoed request header: nlmsg_seq (the DONE's own seq for NLMSG_DONE)
 * @param requestPortId      echoed request header: nlmsg_pid (0 for NLMSG_DONE)
 */
public record ErrorMessage(int errno, String extendedAck, int extendedAckOffset, int missingType,
                           int missingNestOffset, boolean capped, int requestLength, int requestType,
                           int requestFlags, int requestSeq, int requestPortId) {
    /** NLMSGERR_ATTR_MISS_TYPE (netlink.h, kernel 6.0+). */
    public static final int NLMSGERR_ATTR_MISS_TYPE = 5;
    /** NLMSGERR_ATTR_MISS_NEST (netlink.h, kernel 6.0+). */
    public static final int NLMSGERR_ATTR_MISS_NEST = 6;
    /** errno values are at most MAX_ERRNO (4095) in the kernel. */
    private static final int MAX_ERRNO = 4095;

    /** True for an ACK (NLMSG_ERROR with error 0) or a dump that ended cleanly. */
    public boolean isAck() {
        return errno == 0;
    }

    /** The typed exception for this refusal, or null for an ACK. */
    public NetlinkException toException(String operation) {
        return errno == 0 ? null : NetlinkException.of(errno, extendedAck, extendedAckOffset, operation);
    }

    /**
     * The status of an NLMSG_ERROR or NLMSG_DONE as a positive errno (0 = success), without
     * allocating. An NLMSG_DONE without a status word counts as success.
     *
     * @throws MalformedMessageException if the message is too short or the error is not an errno
     * @throws IllegalArgumentException if the message is neither NLMSG_ERROR nor NLMSG_DONE
     */
    public static int status(NetlinkMessage m) {
        int type = m.type();
        if (type == NLMSG_ERROR) {
            if (m.payloadLength() < 4 + NLMSG_HDRLEN) {
                throw new MalformedMessageException("NLMSG_ERROR of " + m.length()
                        + " bytes is too short for struct nlmsgerr (36)", m.start());
            }
            return errnoOf(m, m.payloadU32(0));
        }
        if (type == NLMSG_DONE) {
            return m.payloadLength() < 4 ? 0 : errnoOf(m, m.payloadU32(0));
        }
        throw new IllegalArgumentException("message type " + type + " is neither NLMSG_ERROR nor NLMSG_DONE");
    }

    private static int errnoOf(NetlinkMessage m, int error) {
        if (error > 0 || error < -MAX_ERRNO) {
            throw new MalformedMessageException("error code " + error + " is not 0 or a negative errno",
                    m.payloadIndex());
        }
        return -error;
    }

    /**
     * Decodes an NLMSG_ERROR or NLMSG_DONE completely, extended-ACK attributes included.
     *
     * @throws MalformedMessageException on a short message, a bad error code, or extended-ACK
     *                                   attributes that do not fit the message
     * @throws IllegalArgumentException  if the message is neither NLMSG_ERROR nor NLMSG_DONE
     */
    public static ErrorMessage read(NetlinkMessage m) {
        int errno = status(m);
        boolean error = m.type() == NLMSG_ERROR;
        boolean capped = error && (m.flags() & NLM_F_CAPPED) != 0;
        int reqLen = 0;
        int reqType = 0;
        int reqFlags = 0;
        int reqSeq = error ? 0 : m.seq();
        int reqPid = 0;
        long tlvOffset;
        if (error) {
            reqLen = m.payloadU32(4);
            reqType = m.payloadU16(8);
            reqFlags = m.payloadU16(10);
            reqSeq = m.payloadU32(12);
            reqPid = m.payloadU32(16);
            // uncapped: the whole request (nlmsg_len bytes, header included) follows the error word
            tlvOffset = capped ? 4 + NLMSG_HDRLEN
                    : 4 + ((Math.max(NLMSG_HDRLEN, Integer.toUnsignedLong(reqLen)) + 3) & ~3L);
        } else {
            tlvOffset = m.payloadLength() < 4 ? m.payloadLength() : 4;
        }
        String msg = null;
        int offs = -1;
        int missType = -1;
        int missNest = -1;
        if ((m.flags() & NLM_F_ACK_TLVS) != 0) {
            if (tlvOffset > m.payloadLength()) {
                throw new MalformedMessageException("NLM_F_ACK_TLVS is set but the attributes would start at payload byte "
                        + tlvOffset + " of " + m.payloadLength(), m.start());
            }
            AttributeCursor c = m.attributes((int) tlvOffset);
            while (c.next()) {
                switch (c.type()) {
                    case Netlink.NLMSGERR_ATTR_MSG:
                        msg = c.string();
                        break;
                    case Netlink.NLMSGERR_ATTR_OFFS:
                        offs = c.u32();
                        break;
                    case NLMSGERR_ATTR_MISS_TYPE:
                        missType = c.u32();
                        break;
                    case NLMSGERR_ATTR_MISS_NEST:
                        missNest = c.u32();
                        break;
                    default:
                        break; // NLMSGERR_ATTR_COOKIE, _POLICY: not needed to report a failure
                }
            }
        }
        return new ErrorMessage(errno, msg, offs, missType, missNest, capped, reqLen, reqType, reqFlags,
                reqSeq, reqPid);
    }
}
