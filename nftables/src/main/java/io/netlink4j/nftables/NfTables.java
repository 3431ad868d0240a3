package io.netlink4j.nftables;

/**
 * Numbers from {@code linux/netfilter/nfnetlink.h} and {@code linux/netfilter/nf_tables.h},
 * generated from the installed headers (one block per kernel enum, names as in the header).
 * Thread-safe (constants only).
 */
@SuppressWarnings("unused")
public final class NfTables {
    private NfTables() {}

    // enum nfnetlink_groups
    public static final int NFNLGRP_NONE = 0;
    public static final int NFNLGRP_CONNTRACK_NEW = 1;
    public static final int NFNLGRP_CONNTRACK_UPDATE = 2;
    public static final int NFNLGRP_CONNTRACK_DESTROY = 3;
    public static final int NFNLGRP_CONNTRACK_EXP_NEW = 4;
    public static final int NFNLGRP_CONNTRACK_EXP_UPDATE = 5;
    public static final int NFNLGRP_CONNTRACK_EXP_DESTROY = 6;
    public static final int NFNLGRP_NFTABLES = 7;
    public static final int NFNLGRP_ACCT_QUOTA = 8;
    public static final int NFNLGRP_NFTRACE = 9;

    // enum nfnl_batch_attributes
    public static final int NFNL_BATCH_UNSPEC = 0;
    public static final int NFNL_BATCH_GENID = 1;

    // enum nft_registers
    public static final int NFT_REG_VERDICT = 0;
    public static final int NFT_REG_1 = 1;
    public static final int NFT_REG_2 = 2;
    public static final int NFT_REG_3 = 3;
    public static final int NFT_REG_4 = 4;
    public static final int NFT_REG32_00 = 8;
    public static final int NFT_REG32_01 = 9;
    public static final int NFT_REG32_02 = 10;
    public static final int NFT_REG32_03 = 11;
    public static final int NFT_REG32_04 = 12;
    public static final int NFT_REG32_05 = 13;
    public static final int NFT_REG32_06 = 14;
    public static final int NFT_REG32_07 = 15;
    public static final int NFT_REG32_08 = 16;
    public static final int NFT_REG32_09 = 17;
    public static final int NFT_REG32_10 = 18;
    public static final int NFT_REG32_11 = 19;
    public static final int NFT_REG32_12 = 20;
    public static final int NFT_REG32_13 = 21;
    public static final int NFT_REG32_14 = 22;
    public static final int NFT_REG32_15 = 23;

    // enum nft_verdicts
    public static final int NFT_CONTINUE = -1;
    public static final int NFT_BREAK = -2;
    public static final int NFT_JUMP = -3;
    public static final int NFT_GOTO = -4;
    public static final int NFT_RETURN = -5;

    // enum nf_tables_msg_types
    public static final int NFT_MSG_NEWTABLE = 0;
    public static final int NFT_MSG_GETTABLE = 1;
    public static final int NFT_MSG_DELTABLE = 2;
    public static final int NFT_MSG_NEWCHAIN = 3;
    public static final int NFT_MSG_GETCHAIN = 4;
    public static final int NFT_MSG_DELCHAIN = 5;
    public static final int NFT_MSG_NEWRULE = 6;
    public static final int NFT_MSG_GETRULE = 7;
    public static final int NFT_MSG_DELRULE = 8;
    public static final int NFT_MSG_NEWSET = 9;
    public static final int NFT_MSG_GETSET = 10;
    public static final int NFT_MSG_DELSET = 11;
    public static final int NFT_MSG_NEWSETELEM = 12;
    public static final int NFT_MSG_GETSETELEM = 13;
    public static final int NFT_MSG_DELSETELEM = 14;
    public static final int NFT_MSG_NEWGEN = 15;
    public static final int NFT_MSG_GETGEN = 16;
    public static final int NFT_MSG_TRACE = 17;
    public static final int NFT_MSG_NEWOBJ = 18;
    public static final int NFT_MSG_GETOBJ = 19;
    public static final int NFT_MSG_DELOBJ = 20;
    public static final int NFT_MSG_GETOBJ_RESET = 21;
    public static final int NFT_MSG_NEWFLOWTABLE = 22;
    public static final int NFT_MSG_GETFLOWTABLE = 23;
    public static final int NFT_MSG_DELFLOWTABLE = 24;
    public static final int NFT_MSG_MAX = 25;

    // enum nft_list_attributes
    public static final int NFTA_LIST_UNSPEC = 0;
    public static final int NFTA_LIST_ELEM = 1;

    // enum nft_hook_attributes
    public static final int NFTA_HOOK_UNSPEC = 0;
    public static final int NFTA_HOOK_HOOKNUM = 1;
    public static final int NFTA_HOOK_PRIORITY = 2;
    public static final int NFTA_HOOK_DEV = 3;
    public static final int NFTA_HOOK_DEVS = 4;

    // enum nft_table_flags
    public static final int NFT_TABLE_F_DORMANT = 1;
    public static final int NFT_TABLE_F_OWNER = 2;

    // enum nft_table_attributes
    public static final int NFTA_TABLE_UNSPEC = 0;
    public static final int NFTA_TABLE_NAME = 1;
    public static final int NFTA_TABLE_FLAGS = 2;
    public static final int NFTA_TABLE_USE = 3;
    public static final int NFTA_TABLE_HANDLE = 4;
    public static final int NFTA_TABLE_PAD = 5;
    public static final int NFTA_TABLE_USERDATA = 6;
    public static final int NFTA_TABLE_OWNER = 7;

    // enum nft_chain_flags
    public static final int NFT_CHAIN_BASE = 1;
    public static final int NFT_CHAIN_HW_OFFLOAD = 2;
    public static final int NFT_CHAIN_BINDING = 4;

    // enum nft_chain_attributes
    public static final int NFTA_CHAIN_UNSPEC = 0;
    public static final int NFTA_CHAIN_TABLE = 1;
    public static final int NFTA_CHAIN_HANDLE = 2;
    public static final int NFTA_CHAIN_NAME = 3;
    public static final int NFTA_CHAIN_HOOK = 4;
    public static final int NFTA_CHAIN_POLICY = 5;
    public static final int NFTA_CHAIN_USE = 6;
    public static final int NFTA_CHAIN_TYPE = 7;
    public static final int NFTA_CHAIN_COUNTERS = 8;
    public static final int NFTA_CHAIN_PAD = 9;
    public static final int NFTA_CHAIN_FLAGS = 10;
    public static final int NFTA_CHAIN_ID = 11;
    public static final int NFTA_CHAIN_USERDATA = 12;

    // enum nft_rule_attributes
    public static final int NFTA_RULE_UNSPEC = 0;
    public static final int NFTA_RULE_TABLE = 1;
    public static final int NFTA_RULE_CHAIN = 2;
    public static final int NFTA_RULE_HANDLE = 3;
    public static final int NFTA_RULE_EXPRESSIONS = 4;
    public static final int NFTA_RULE_COMPAT = 5;
    public static final int NFTA_RULE_POSITION = 6;
    public static final int NFTA_RULE_USERDATA = 7;
    public static final int NFTA_RULE_PAD = 8;
    public static final int NFTA_RULE_ID = 9;
    public static final int NFTA_RULE_POSITION_ID = 10;
    public static final int NFTA_RULE_CHAIN_ID = 11;

    // enum nft_rule_compat_flags
    public static final int NFT_RULE_COMPAT_F_UNUSED = 1;
    public static final int NFT_RULE_COMPAT_F_INV = 2;
    public static final int NFT_RULE_COMPAT_F_MASK = 2;

    // enum nft_rule_compat_attributes
    public static final int NFTA_RULE_COMPAT_UNSPEC = 0;
    public static final int NFTA_RULE_COMPAT_PROTO = 1;
    public static final int NFTA_RULE_COMPAT_FLAGS = 2;

    // enum nft_set_flags
    public static final int NFT_SET_ANONYMOUS = 1;
    public static final int NFT_SET_CONSTANT = 2;
    public static final int NFT_SET_INTERVAL = 4;
    public static final int NFT_SET_MAP = 8;
    public static final int NFT_SET_TIMEOUT = 16;
    public static final int NFT_SET_EVAL = 32;
    public static final int NFT_SET_OBJECT = 64;
    public static final int NFT_SET_CONCAT = 128;
    public static final int NFT_SET_EXPR = 256;

    // enum nft_set_policies
    public static final int NFT_SET_POL_PERFORMANCE = 0;
    public static final int NFT_SET_POL_MEMORY = 1;

    // enum nft_set_desc_attributes
    public static final int NFTA_SET_DESC_UNSPEC = 0;
    public static final int NFTA_SET_DESC_SIZE = 1;
    public static final int NFTA_SET_DESC_CONCAT = 2;

    // enum nft_set_field_attributes
    public static final int NFTA_SET_FIELD_UNSPEC = 0;
    public static final int NFTA_SET_FIELD_LEN = 1;

    // enum nft_set_attributes
    public static final int NFTA_SET_UNSPEC = 0;
    public static final int NFTA_SET_TABLE = 1;
    public static final int NFTA_SET_NAME = 2;
    public static final int NFTA_SET_FLAGS = 3;
    public static final int NFTA_SET_KEY_TYPE = 4;
    public static final int NFTA_SET_KEY_LEN = 5;
    public static final int NFTA_SET_DATA_TYPE = 6;
    public static final int NFTA_SET_DATA_LEN = 7;
    public static final int NFTA_SET_POLICY = 8;
    public static final int NFTA_SET_DESC = 9;
    public static final int NFTA_SET_ID = 10;
    public static final int NFTA_SET_TIMEOUT = 11;
    public static final int NFTA_SET_GC_INTERVAL = 12;
    public static final int NFTA_SET_USERDATA = 13;
    public static final int NFTA_SET_PAD = 14;
    public static final int NFTA_SET_OBJ_TYPE = 15;
    public static final int NFTA_SET_HANDLE = 16;
    public static final int NFTA_SET_EXPR = 17;
    public static final int NFTA_SET_EXPRESSIONS = 18;

    // enum nft_set_elem_flags
    public static final int NFT_SET_ELEM_INTERVAL_END = 1;
    public static final int NFT_SET_ELEM_CATCHALL = 2;

    // enum nft_set_elem_attributes
    public static final int NFTA_SET_ELEM_UNSPEC = 0;
    public static final int NFTA_SET_ELEM_KEY = 1;
    public static final int NFTA_SET_ELEM_DATA = 2;
    public static final int NFTA_SET_ELEM_FLAGS = 3;
    public static final int NFTA_SET_ELEM_TIMEOUT = 4;
    public static final int NFTA_SET_ELEM_EXPIRATION = 5;
    public static final int NFTA_SET_ELEM_USERDATA = 6;
    public static final int NFTA_SET_ELEM_EXPR = 7;
    public static final int NFTA_SET_ELEM_PAD = 8;
    public static final int NFTA_SET_ELEM_OBJREF = 9;
    public static final int NFTA_SET_ELEM_KEY_END = 10;
    public static final int NFTA_SET_ELEM_EXPRESSIONS = 11;

    // enum nft_set_elem_list_attributes
    public static final int NFTA_SET_ELEM_LIST_UNSPEC = 0;
    public static final int NFTA_SET_ELEM_LIST_TABLE = 1;
    public static final int NFTA_SET_ELEM_LIST_SET = 2;
    public static final int NFTA_SET_ELEM_LIST_ELEMENTS = 3;
    public static final int NFTA_SET_ELEM_LIST_SET_ID = 4;

    // enum nft_data_types
    public static final int NFT_DATA_VALUE = 0;
    public static final int NFT_DATA_VERDICT = 0xffffff00;

    // enum nft_data_attributes
    public static final int NFTA_DATA_UNSPEC = 0;
    public static final int NFTA_DATA_VALUE = 1;
    public static final int NFTA_DATA_VERDICT = 2;

    // enum nft_verdict_attributes
    public static final int NFTA_VERDICT_UNSPEC = 0;
    public static final int NFTA_VERDICT_CODE = 1;
    public static final int NFTA_VERDICT_CHAIN = 2;
    public static final int NFTA_VERDICT_CHAIN_ID = 3;

    // enum nft_expr_attributes
    public static final int NFTA_EXPR_UNSPEC = 0;
    public static final int NFTA_EXPR_NAME = 1;
    public static final int NFTA_EXPR_DATA = 2;

    // enum nft_immediate_attributes
    public static final int NFTA_IMMEDIATE_UNSPEC = 0;
    public static final int NFTA_IMMEDIATE_DREG = 1;
    public static final int NFTA_IMMEDIATE_DATA = 2;

    // enum nft_bitwise_ops
    public static final int NFT_BITWISE_MASK_XOR = 0;
    public static final int NFT_BITWISE_LSHIFT = 1;
    public static final int NFT_BITWISE_RSHIFT = 2;

    // enum nft_bitwise_attributes
    public static final int NFTA_BITWISE_UNSPEC = 0;
    public static final int NFTA_BITWISE_SREG = 1;
    public static final int NFTA_BITWISE_DREG = 2;
    public static final int NFTA_BITWISE_LEN = 3;
    public static final int NFTA_BITWISE_MASK = 4;
    public static final int NFTA_BITWISE_XOR = 5;
    public static final int NFTA_BITWISE_OP = 6;
    public static final int NFTA_BITWISE_DATA = 7;

    // enum nft_byteorder_ops
    public static final int NFT_BYTEORDER_NTOH = 0;
    public static final int NFT_BYTEORDER_HTON = 1;

    // enum nft_byteorder_attributes
    public static final int NFTA_BYTEORDER_UNSPEC = 0;
    public static final int NFTA_BYTEORDER_SREG = 1;
    public static final int NFTA_BYTEORDER_DREG = 2;
    public static final int NFTA_BYTEORDER_OP = 3;
    public static final int NFTA_BYTEORDER_LEN = 4;
    public static final int NFTA_BYTEORDER_SIZE = 5;

    // enum nft_cmp_ops
    public static final int NFT_CMP_EQ = 0;
    public static final int NFT_CMP_NEQ = 1;
    public static final int NFT_CMP_LT = 2;
    public static final int NFT_CMP_LTE = 3;
    public static final int NFT_CMP_GT = 4;
    public static final int NFT_CMP_GTE = 5;

    // enum nft_cmp_attributes
    public static final int NFTA_CMP_UNSPEC = 0;
    public static final int NFTA_CMP_SREG = 1;
    public static final int NFTA_CMP_OP = 2;
    public static final int NFTA_CMP_DATA = 3;

    // enum nft_range_ops
    public static final int NFT_RANGE_EQ = 0;
    public static final int NFT_RANGE_NEQ = 1;

    // enum nft_range_attributes
    public static final int NFTA_RANGE_UNSPEC = 0;
    public static final int NFTA_RANGE_SREG = 1;
    public static final int NFTA_RANGE_OP = 2;
    public static final int NFTA_RANGE_FROM_DATA = 3;
    public static final int NFTA_RANGE_TO_DATA = 4;

    // enum nft_lookup_flags
    public static final int NFT_LOOKUP_F_INV = 1;

    // enum nft_lookup_attributes
    public static final int NFTA_LOOKUP_UNSPEC = 0;
    public static final int NFTA_LOOKUP_SET = 1;
    public static final int NFTA_LOOKUP_SREG = 2;
    public static final int NFTA_LOOKUP_DREG = 3;
    public static final int NFTA_LOOKUP_SET_ID = 4;
    public static final int NFTA_LOOKUP_FLAGS = 5;

    // enum nft_dynset_ops
    public static final int NFT_DYNSET_OP_ADD = 0;
    public static final int NFT_DYNSET_OP_UPDATE = 1;
    public static final int NFT_DYNSET_OP_DELETE = 2;

    // enum nft_dynset_flags
    public static final int NFT_DYNSET_F_INV = 1;
    public static final int NFT_DYNSET_F_EXPR = 2;

    // enum nft_dynset_attributes
    public static final int NFTA_DYNSET_UNSPEC = 0;
    public static final int NFTA_DYNSET_SET_NAME = 1;
    public static final int NFTA_DYNSET_SET_ID = 2;
    public static final int NFTA_DYNSET_OP = 3;
    public static final int NFTA_DYNSET_SREG_KEY = 4;
    public static final int NFTA_DYNSET_SREG_DATA = 5;
    public static final int NFTA_DYNSET_TIMEOUT = 6;
    public static final int NFTA_DYNSET_EXPR = 7;
    public static final int NFTA_DYNSET_PAD = 8;
    public static final int NFTA_DYNSET_FLAGS = 9;
    public static final int NFTA_DYNSET_EXPRESSIONS = 10;

    // enum nft_payload_bases
    public static final int NFT_PAYLOAD_LL_HEADER = 0;
    public static final int NFT_PAYLOAD_NETWORK_HEADER = 1;
    public static final int NFT_PAYLOAD_TRANSPORT_HEADER = 2;
    public static final int NFT_PAYLOAD_INNER_HEADER = 3;

    // enum nft_payload_csum_types
    public static final int NFT_PAYLOAD_CSUM_NONE = 0;
    public static final int NFT_PAYLOAD_CSUM_INET = 1;
    public static final int NFT_PAYLOAD_CSUM_SCTP = 2;

    // enum nft_payload_csum_flags
    public static final int NFT_PAYLOAD_L4CSUM_PSEUDOHDR = 1;

    // enum nft_payload_attributes
    public static final int NFTA_PAYLOAD_UNSPEC = 0;
    public static final int NFTA_PAYLOAD_DREG = 1;
    public static final int NFTA_PAYLOAD_BASE = 2;
    public static final int NFTA_PAYLOAD_OFFSET = 3;
    public static final int NFTA_PAYLOAD_LEN = 4;
    public static final int NFTA_PAYLOAD_SREG = 5;
    public static final int NFTA_PAYLOAD_CSUM_TYPE = 6;
    public static final int NFTA_PAYLOAD_CSUM_OFFSET = 7;
    public static final int NFTA_PAYLOAD_CSUM_FLAGS = 8;

    // enum nft_exthdr_flags
    public static final int NFT_EXTHDR_F_PRESENT = 1;

    // enum nft_exthdr_op
    public static final int NFT_EXTHDR_OP_IPV6 = 0;
    public static final int NFT_EXTHDR_OP_TCPOPT = 1;
    public static final int NFT_EXTHDR_OP_IPV4 = 2;
    public static final int NFT_EXTHDR_OP_SCTP = 3;
    public static final int NFT_EXTHDR_OP_DCCP = 4;

    // enum nft_exthdr_attributes
    public static final int NFTA_EXTHDR_UNSPEC = 0;
    public static final int NFTA_EXTHDR_DREG = 1;
    public static final int NFTA_EXTHDR_TYPE = 2;
    public static final int NFTA_EXTHDR_OFFSET = 3;
    public static final int NFTA_EXTHDR_LEN = 4;
    public static final int NFTA_EXTHDR_FLAGS = 5;
    public static final int NFTA_EXTHDR_OP = 6;
    public static final int NFTA_EXTHDR_SREG = 7;

    // enum nft_meta_keys
    public static final int NFT_META_LEN = 0;
    public static final int NFT_META_PROTOCOL = 1;
    public static final int NFT_META_PRIORITY = 2;
    public static final int NFT_META_MARK = 3;
    public static final int NFT_META_IIF = 4;
    public static final int NFT_META_OIF = 5;
    public static final int NFT_META_IIFNAME = 6;
    public static final int NFT_META_OIFNAME = 7;
    public static final int NFT_META_IFTYPE = 8;
    public static final int NFT_META_OIFTYPE = 9;
    public static final int NFT_META_SKUID = 10;
    public static final int NFT_META_SKGID = 11;
    public static final int NFT_META_NFTRACE = 12;
    public static final int NFT_META_RTCLASSID = 13;
    public static final int NFT_META_SECMARK = 14;
    public static final int NFT_META_NFPROTO = 15;
    public static final int NFT_META_L4PROTO = 16;
    public static final int NFT_META_BRI_IIFNAME = 17;
    public static final int NFT_META_BRI_OIFNAME = 18;
    public static final int NFT_META_PKTTYPE = 19;
    public static final int NFT_META_CPU = 20;
    public static final int NFT_META_IIFGROUP = 21;
    public static final int NFT_META_OIFGROUP = 22;
    public static final int NFT_META_CGROUP = 23;
    public static final int NFT_META_PRANDOM = 24;
    public static final int NFT_META_SECPATH = 25;
    public static final int NFT_META_IIFKIND = 26;
    public static final int NFT_META_OIFKIND = 27;
    public static final int NFT_META_BRI_IIFPVID = 28;
    public static final int NFT_META_BRI_IIFVPROTO = 29;
    public static final int NFT_META_TIME_NS = 30;
    public static final int NFT_META_TIME_DAY = 31;
    public static final int NFT_META_TIME_HOUR = 32;
    public static final int NFT_META_SDIF = 33;
    public static final int NFT_META_SDIFNAME = 34;

    // enum nft_rt_keys
    public static final int NFT_RT_CLASSID = 0;
    public static final int NFT_RT_NEXTHOP4 = 1;
    public static final int NFT_RT_NEXTHOP6 = 2;
    public static final int NFT_RT_TCPMSS = 3;
    public static final int NFT_RT_XFRM = 4;

    // enum nft_hash_types
    public static final int NFT_HASH_JENKINS = 0;
    public static final int NFT_HASH_SYM = 1;

    // enum nft_hash_attributes
    public static final int NFTA_HASH_UNSPEC = 0;
    public static final int NFTA_HASH_SREG = 1;
    public static final int NFTA_HASH_DREG = 2;
    public static final int NFTA_HASH_LEN = 3;
    public static final int NFTA_HASH_MODULUS = 4;
    public static final int NFTA_HASH_SEED = 5;
    public static final int NFTA_HASH_OFFSET = 6;
    public static final int NFTA_HASH_TYPE = 7;
    public static final int NFTA_HASH_SET_NAME = 8;
    public static final int NFTA_HASH_SET_ID = 9;

    // enum nft_meta_attributes
    public static final int NFTA_META_UNSPEC = 0;
    public static final int NFTA_META_DREG = 1;
    public static final int NFTA_META_KEY = 2;
    public static final int NFTA_META_SREG = 3;

    // enum nft_rt_attributes
    public static final int NFTA_RT_UNSPEC = 0;
    public static final int NFTA_RT_DREG = 1;
    public static final int NFTA_RT_KEY = 2;

    // enum nft_socket_attributes
    public static final int NFTA_SOCKET_UNSPEC = 0;
    public static final int NFTA_SOCKET_KEY = 1;
    public static final int NFTA_SOCKET_DREG = 2;
    public static final int NFTA_SOCKET_LEVEL = 3;

    // enum nft_socket_keys
    public static final int NFT_SOCKET_TRANSPARENT = 0;
    public static final int NFT_SOCKET_MARK = 1;
    public static final int NFT_SOCKET_WILDCARD = 2;
    public static final int NFT_SOCKET_CGROUPV2 = 3;

    // enum nft_ct_keys
    public static final int NFT_CT_STATE = 0;
    public static final int NFT_CT_DIRECTION = 1;
    public static final int NFT_CT_STATUS = 2;
    public static final int NFT_CT_MARK = 3;
    public static final int NFT_CT_SECMARK = 4;
    public static final int NFT_CT_EXPIRATION = 5;
    public static final int NFT_CT_HELPER = 6;
    public static final int NFT_CT_L3PROTOCOL = 7;
    public static final int NFT_CT_SRC = 8;
    public static final int NFT_CT_DST = 9;
    public static final int NFT_CT_PROTOCOL = 10;
    public static final int NFT_CT_PROTO_SRC = 11;
    public static final int NFT_CT_PROTO_DST = 12;
    public static final int NFT_CT_LABELS = 13;
    public static final int NFT_CT_PKTS = 14;
    public static final int NFT_CT_BYTES = 15;
    public static final int NFT_CT_AVGPKT = 16;
    public static final int NFT_CT_ZONE = 17;
    public static final int NFT_CT_EVENTMASK = 18;
    public static final int NFT_CT_SRC_IP = 19;
    public static final int NFT_CT_DST_IP = 20;
    public static final int NFT_CT_SRC_IP6 = 21;
    public static final int NFT_CT_DST_IP6 = 22;
    public static final int NFT_CT_ID = 23;

    // enum nft_ct_attributes
    public static final int NFTA_CT_UNSPEC = 0;
    public static final int NFTA_CT_DREG = 1;
    public static final int NFTA_CT_KEY = 2;
    public static final int NFTA_CT_DIRECTION = 3;
    public static final int NFTA_CT_SREG = 4;

    // enum nft_offload_attributes
    public static final int NFTA_FLOW_UNSPEC = 0;
    public static final int NFTA_FLOW_TABLE_NAME = 1;

    // enum nft_limit_type
    public static final int NFT_LIMIT_PKTS = 0;
    public static final int NFT_LIMIT_PKT_BYTES = 1;

    // enum nft_limit_flags
    public static final int NFT_LIMIT_F_INV = 1;

    // enum nft_limit_attributes
    public static final int NFTA_LIMIT_UNSPEC = 0;
    public static final int NFTA_LIMIT_RATE = 1;
    public static final int NFTA_LIMIT_UNIT = 2;
    public static final int NFTA_LIMIT_BURST = 3;
    public static final int NFTA_LIMIT_TYPE = 4;
    public static final int NFTA_LIMIT_FLAGS = 5;
    public static final int NFTA_LIMIT_PAD = 6;

    // enum nft_connlimit_flags
    public static final int NFT_CONNLIMIT_F_INV = 1;

    // enum nft_connlimit_attributes
    public static final int NFTA_CONNLIMIT_UNSPEC = 0;
    public static final int NFTA_CONNLIMIT_COUNT = 1;
    public static final int NFTA_CONNLIMIT_FLAGS = 2;

    // enum nft_counter_attributes
    public static final int NFTA_COUNTER_UNSPEC = 0;
    public static final int NFTA_COUNTER_BYTES = 1;
    public static final int NFTA_COUNTER_PACKETS = 2;
    public static final int NFTA_COUNTER_PAD = 3;

    // enum nft_last_attributes
    public static final int NFTA_LAST_UNSPEC = 0;
    public static final int NFTA_LAST_SET = 1;
    public static final int NFTA_LAST_MSECS = 2;
    public static final int NFTA_LAST_PAD = 3;

    // enum nft_log_attributes
    public static final int NFTA_LOG_UNSPEC = 0;
    public static final int NFTA_LOG_GROUP = 1;
    public static final int NFTA_LOG_PREFIX = 2;
    public static final int NFTA_LOG_SNAPLEN = 3;
    public static final int NFTA_LOG_QTHRESHOLD = 4;
    public static final int NFTA_LOG_LEVEL = 5;
    public static final int NFTA_LOG_FLAGS = 6;

    // enum nft_log_level
    public static final int NFT_LOGLEVEL_EMERG = 0;
    public static final int NFT_LOGLEVEL_ALERT = 1;
    public static final int NFT_LOGLEVEL_CRIT = 2;
    public static final int NFT_LOGLEVEL_ERR = 3;
    public static final int NFT_LOGLEVEL_WARNING = 4;
    public static final int NFT_LOGLEVEL_NOTICE = 5;
    public static final int NFT_LOGLEVEL_INFO = 6;
    public static final int NFT_LOGLEVEL_DEBUG = 7;
    public static final int NFT_LOGLEVEL_AUDIT = 8;

    // enum nft_queue_attributes
    public static final int NFTA_QUEUE_UNSPEC = 0;
    public static final int NFTA_QUEUE_NUM = 1;
    public static final int NFTA_QUEUE_TOTAL = 2;
    public static final int NFTA_QUEUE_FLAGS = 3;
    public static final int NFTA_QUEUE_SREG_QNUM = 4;

    // enum nft_quota_flags
    public static final int NFT_QUOTA_F_INV = 1;
    public static final int NFT_QUOTA_F_DEPLETED = 2;

    // enum nft_quota_attributes
    public static final int NFTA_QUOTA_UNSPEC = 0;
    public static final int NFTA_QUOTA_BYTES = 1;
    public static final int NFTA_QUOTA_FLAGS = 2;
    public static final int NFTA_QUOTA_PAD = 3;
    public static final int NFTA_QUOTA_CONSUMED = 4;

    // enum nft_secmark_attributes
    public static final int NFTA_SECMARK_UNSPEC = 0;
    public static final int NFTA_SECMARK_CTX = 1;

    // enum nft_reject_types
    public static final int NFT_REJECT_ICMP_UNREACH = 0;
    public static final int NFT_REJECT_TCP_RST = 1;
    public static final int NFT_REJECT_ICMPX_UNREACH = 2;

    // enum nft_reject_inet_code
    public static final int NFT_REJECT_ICMPX_NO_ROUTE = 0;
    public static final int NFT_REJECT_ICMPX_PORT_UNREACH = 1;
    public static final int NFT_REJECT_ICMPX_HOST_UNREACH = 2;
    public static final int NFT_REJECT_ICMPX_ADMIN_PROHIBITED = 3;

    // enum nft_reject_attributes
    public static final int NFTA_REJECT_UNSPEC = 0;
    public static final int NFTA_REJECT_TYPE = 1;
    public static final int NFTA_REJECT_ICMP_CODE = 2;

    // enum nft_nat_types
    public static final int NFT_NAT_SNAT = 0;
    public static final int NFT_NAT_DNAT = 1;

    // enum nft_nat_attributes
    public static final int NFTA_NAT_UNSPEC = 0;
    public static final int NFTA_NAT_TYPE = 1;
    public static final int NFTA_NAT_FAMILY = 2;
    public static final int NFTA_NAT_REG_ADDR_MIN = 3;
    public static final int NFTA_NAT_REG_ADDR_MAX = 4;
    public static final int NFTA_NAT_REG_PROTO_MIN = 5;
    public static final int NFTA_NAT_REG_PROTO_MAX = 6;
    public static final int NFTA_NAT_FLAGS = 7;

    // enum nft_tproxy_attributes
    public static final int NFTA_TPROXY_UNSPEC = 0;
    public static final int NFTA_TPROXY_FAMILY = 1;
    public static final int NFTA_TPROXY_REG_ADDR = 2;
    public static final int NFTA_TPROXY_REG_PORT = 3;

    // enum nft_masq_attributes
    public static final int NFTA_MASQ_UNSPEC = 0;
    public static final int NFTA_MASQ_FLAGS = 1;
    public static final int NFTA_MASQ_REG_PROTO_MIN = 2;
    public static final int NFTA_MASQ_REG_PROTO_MAX = 3;

    // enum nft_redir_attributes
    public static final int NFTA_REDIR_UNSPEC = 0;
    public static final int NFTA_REDIR_REG_PROTO_MIN = 1;
    public static final int NFTA_REDIR_REG_PROTO_MAX = 2;
    public static final int NFTA_REDIR_FLAGS = 3;

    // enum nft_dup_attributes
    public static final int NFTA_DUP_UNSPEC = 0;
    public static final int NFTA_DUP_SREG_ADDR = 1;
    public static final int NFTA_DUP_SREG_DEV = 2;

    // enum nft_fwd_attributes
    public static final int NFTA_FWD_UNSPEC = 0;
    public static final int NFTA_FWD_SREG_DEV = 1;
    public static final int NFTA_FWD_SREG_ADDR = 2;
    public static final int NFTA_FWD_NFPROTO = 3;

    // enum nft_objref_attributes
    public static final int NFTA_OBJREF_UNSPEC = 0;
    public static final int NFTA_OBJREF_IMM_TYPE = 1;
    public static final int NFTA_OBJREF_IMM_NAME = 2;
    public static final int NFTA_OBJREF_SET_SREG = 3;
    public static final int NFTA_OBJREF_SET_NAME = 4;
    public static final int NFTA_OBJREF_SET_ID = 5;

    // enum nft_gen_attributes
    public static final int NFTA_GEN_UNSPEC = 0;
    public static final int NFTA_GEN_ID = 1;
    public static final int NFTA_GEN_PROC_PID = 2;
    public static final int NFTA_GEN_PROC_NAME = 3;

    // enum nft_fib_attributes
    public static final int NFTA_FIB_UNSPEC = 0;
    public static final int NFTA_FIB_DREG = 1;
    public static final int NFTA_FIB_RESULT = 2;
    public static final int NFTA_FIB_FLAGS = 3;

    // enum nft_fib_result
    public static final int NFT_FIB_RESULT_UNSPEC = 0;
    public static final int NFT_FIB_RESULT_OIF = 1;
    public static final int NFT_FIB_RESULT_OIFNAME = 2;
    public static final int NFT_FIB_RESULT_ADDRTYPE = 3;

    // enum nft_fib_flags
    public static final int NFTA_FIB_F_SADDR = 1;
    public static final int NFTA_FIB_F_DADDR = 2;
    public static final int NFTA_FIB_F_MARK = 4;
    public static final int NFTA_FIB_F_IIF = 8;
    public static final int NFTA_FIB_F_OIF = 16;
    public static final int NFTA_FIB_F_PRESENT = 32;

    // enum nft_ct_helper_attributes
    public static final int NFTA_CT_HELPER_UNSPEC = 0;
    public static final int NFTA_CT_HELPER_NAME = 1;
    public static final int NFTA_CT_HELPER_L3PROTO = 2;
    public static final int NFTA_CT_HELPER_L4PROTO = 3;

    // enum nft_ct_timeout_timeout_attributes
    public static final int NFTA_CT_TIMEOUT_UNSPEC = 0;
    public static final int NFTA_CT_TIMEOUT_L3PROTO = 1;
    public static final int NFTA_CT_TIMEOUT_L4PROTO = 2;
    public static final int NFTA_CT_TIMEOUT_DATA = 3;

    // enum nft_ct_expectation_attributes
    public static final int NFTA_CT_EXPECT_UNSPEC = 0;
    public static final int NFTA_CT_EXPECT_L3PROTO = 1;
    public static final int NFTA_CT_EXPECT_L4PROTO = 2;
    public static final int NFTA_CT_EXPECT_DPORT = 3;
    public static final int NFTA_CT_EXPECT_TIMEOUT = 4;
    public static final int NFTA_CT_EXPECT_SIZE = 5;

    // enum nft_object_attributes
    public static final int NFTA_OBJ_UNSPEC = 0;
    public static final int NFTA_OBJ_TABLE = 1;
    public static final int NFTA_OBJ_NAME = 2;
    public static final int NFTA_OBJ_TYPE = 3;
    public static final int NFTA_OBJ_DATA = 4;
    public static final int NFTA_OBJ_USE = 5;
    public static final int NFTA_OBJ_HANDLE = 6;
    public static final int NFTA_OBJ_PAD = 7;
    public static final int NFTA_OBJ_USERDATA = 8;

    // enum nft_flowtable_flags
    public static final int NFT_FLOWTABLE_HW_OFFLOAD = 1;
    public static final int NFT_FLOWTABLE_COUNTER = 2;
    public static final int NFT_FLOWTABLE_MASK = 3;

    // enum nft_flowtable_attributes
    public static final int NFTA_FLOWTABLE_UNSPEC = 0;
    public static final int NFTA_FLOWTABLE_TABLE = 1;
    public static final int NFTA_FLOWTABLE_NAME = 2;
    public static final int NFTA_FLOWTABLE_HOOK = 3;
    public static final int NFTA_FLOWTABLE_USE = 4;
    public static final int NFTA_FLOWTABLE_HANDLE = 5;
    public static final int NFTA_FLOWTABLE_PAD = 6;
    public static final int NFTA_FLOWTABLE_FLAGS = 7;

    // enum nft_flowtable_hook_attributes
    public static final int NFTA_FLOWTABLE_HOOK_UNSPEC = 0;
    public static final int NFTA_FLOWTABLE_HOOK_NUM = 1;
    public static final int NFTA_FLOWTABLE_HOOK_PRIORITY = 2;
    public static final int NFTA_FLOWTABLE_HOOK_DEVS = 3;

    // enum nft_osf_attributes
    public static final int NFTA_OSF_UNSPEC = 0;
    public static final int NFTA_OSF_DREG = 1;
    public static final int NFTA_OSF_TTL = 2;
    public static final int NFTA_OSF_FLAGS = 3;

    // enum nft_osf_flags
    public static final int NFT_OSF_F_VERSION = 1;

    // enum nft_synproxy_attributes
    public static final int NFTA_SYNPROXY_UNSPEC = 0;
    public static final int NFTA_SYNPROXY_MSS = 1;
    public static final int NFTA_SYNPROXY_WSCALE = 2;
    public static final int NFTA_SYNPROXY_FLAGS = 3;

    // enum nft_devices_attributes
    public static final int NFTA_DEVICE_UNSPEC = 0;
    public static final int NFTA_DEVICE_NAME = 1;

    // enum nft_xfrm_attributes
    public static final int NFTA_XFRM_UNSPEC = 0;
    public static final int NFTA_XFRM_DREG = 1;
    public static final int NFTA_XFRM_KEY = 2;
    public static final int NFTA_XFRM_DIR = 3;
    public static final int NFTA_XFRM_SPNUM = 4;

    // enum nft_xfrm_keys
    public static final int NFT_XFRM_KEY_UNSPEC = 0;
    public static final int NFT_XFRM_KEY_DADDR_IP4 = 1;
    public static final int NFT_XFRM_KEY_DADDR_IP6 = 2;
    public static final int NFT_XFRM_KEY_SADDR_IP4 = 3;
    public static final int NFT_XFRM_KEY_SADDR_IP6 = 4;
    public static final int NFT_XFRM_KEY_REQID = 5;
    public static final int NFT_XFRM_KEY_SPI = 6;

    // enum nft_trace_attributes
    public static final int NFTA_TRACE_UNSPEC = 0;
    public static final int NFTA_TRACE_TABLE = 1;
    public static final int NFTA_TRACE_CHAIN = 2;
    public static final int NFTA_TRACE_RULE_HANDLE = 3;
    public static final int NFTA_TRACE_TYPE = 4;
    public static final int NFTA_TRACE_VERDICT = 5;
    public static final int NFTA_TRACE_ID = 6;
    public static final int NFTA_TRACE_LL_HEADER = 7;
    public static final int NFTA_TRACE_NETWORK_HEADER = 8;
    public static final int NFTA_TRACE_TRANSPORT_HEADER = 9;
    public static final int NFTA_TRACE_IIF = 10;
    public static final int NFTA_TRACE_IIFTYPE = 11;
    public static final int NFTA_TRACE_OIF = 12;
    public static final int NFTA_TRACE_OIFTYPE = 13;
    public static final int NFTA_TRACE_MARK = 14;
    public static final int NFTA_TRACE_NFPROTO = 15;
    public static final int NFTA_TRACE_POLICY = 16;
    public static final int NFTA_TRACE_PAD = 17;

    // enum nft_trace_types
    public static final int NFT_TRACETYPE_UNSPEC = 0;
    public static final int NFT_TRACETYPE_POLICY = 1;
    public static final int NFT_TRACETYPE_RETURN = 2;
    public static final int NFT_TRACETYPE_RULE = 3;

    // enum nft_ng_attributes
    public static final int NFTA_NG_UNSPEC = 0;
    public static final int NFTA_NG_DREG = 1;
    public static final int NFTA_NG_MODULUS = 2;
    public static final int NFTA_NG_TYPE = 3;
    public static final int NFTA_NG_OFFSET = 4;
    public static final int NFTA_NG_SET_NAME = 5;
    public static final int NFTA_NG_SET_ID = 6;

    // enum nft_ng_types
    public static final int NFT_NG_INCREMENTAL = 0;
    public static final int NFT_NG_RANDOM = 1;

    // enum nft_tunnel_key_ip_attributes
    public static final int NFTA_TUNNEL_KEY_IP_UNSPEC = 0;
    public static final int NFTA_TUNNEL_KEY_IP_SRC = 1;
    public static final int NFTA_TUNNEL_KEY_IP_DST = 2;

    // enum nft_tunnel_ip6_attributes
    public static final int NFTA_TUNNEL_KEY_IP6_UNSPEC = 0;
    public static final int NFTA_TUNNEL_KEY_IP6_SRC = 1;
    public static final int NFTA_TUNNEL_KEY_IP6_DST = 2;
    public static final int NFTA_TUNNEL_KEY_IP6_FLOWLABEL = 3;

    // enum nft_tunnel_opts_attributes
    public static final int NFTA_TUNNEL_KEY_OPTS_UNSPEC = 0;
    public static final int NFTA_TUNNEL_KEY_OPTS_VXLAN = 1;
    public static final int NFTA_TUNNEL_KEY_OPTS_ERSPAN = 2;
    public static final int NFTA_TUNNEL_KEY_OPTS_GENEVE = 3;

    // enum nft_tunnel_opts_vxlan_attributes
    public static final int NFTA_TUNNEL_KEY_VXLAN_UNSPEC = 0;
    public static final int NFTA_TUNNEL_KEY_VXLAN_GBP = 1;

    // enum nft_tunnel_opts_erspan_attributes
    public static final int NFTA_TUNNEL_KEY_ERSPAN_UNSPEC = 0;
    public static final int NFTA_TUNNEL_KEY_ERSPAN_VERSION = 1;
    public static final int NFTA_TUNNEL_KEY_ERSPAN_V1_INDEX = 2;
    public static final int NFTA_TUNNEL_KEY_ERSPAN_V2_HWID = 3;
    public static final int NFTA_TUNNEL_KEY_ERSPAN_V2_DIR = 4;

    // enum nft_tunnel_opts_geneve_attributes
    public static final int NFTA_TUNNEL_KEY_GENEVE_UNSPEC = 0;
    public static final int NFTA_TUNNEL_KEY_GENEVE_CLASS = 1;
    public static final int NFTA_TUNNEL_KEY_GENEVE_TYPE = 2;
    public static final int NFTA_TUNNEL_KEY_GENEVE_DATA = 3;

    // enum nft_tunnel_flags
    public static final int NFT_TUNNEL_F_ZERO_CSUM_TX = 1;
    public static final int NFT_TUNNEL_F_DONT_FRAGMENT = 2;
    public static final int NFT_TUNNEL_F_SEQ_NUMBER = 4;

    // enum nft_tunnel_key_attributes
    public static final int NFTA_TUNNEL_KEY_UNSPEC = 0;
    public static final int NFTA_TUNNEL_KEY_ID = 1;
    public static final int NFTA_TUNNEL_KEY_IP = 2;
    public static final int NFTA_TUNNEL_KEY_IP6 = 3;
    public static final int NFTA_TUNNEL_KEY_FLAGS = 4;
    public static final int NFTA_TUNNEL_KEY_TOS = 5;
    public static final int NFTA_TUNNEL_KEY_TTL = 6;
    public static final int NFTA_TUNNEL_KEY_SPORT = 7;
    public static final int NFTA_TUNNEL_KEY_DPORT = 8;
    public static final int NFTA_TUNNEL_KEY_OPTS = 9;

    // enum nft_tunnel_keys
    public static final int NFT_TUNNEL_PATH = 0;
    public static final int NFT_TUNNEL_ID = 1;

    // enum nft_tunnel_mode
    public static final int NFT_TUNNEL_MODE_NONE = 0;
    public static final int NFT_TUNNEL_MODE_RX = 1;
    public static final int NFT_TUNNEL_MODE_TX = 2;

    // enum nft_tunnel_attributes
    public static final int NFTA_TUNNEL_UNSPEC = 0;
    public static final int NFTA_TUNNEL_KEY = 1;
    public static final int NFTA_TUNNEL_DREG = 2;
    public static final int NFTA_TUNNEL_MODE = 3;

    // #defines
    public static final int NFNL_MSG_BATCH_BEGIN = 0x10; // NLMSG_MIN_TYPE
    public static final int NFNL_MSG_BATCH_END = 0x11;
    public static final int NFNETLINK_V0 = 0;
    public static final int NFNL_SUBSYS_NONE = 0;
    public static final int NFNL_SUBSYS_CTNETLINK = 1;
    public static final int NFNL_SUBSYS_CTNETLINK_EXP = 2;
    public static final int NFNL_SUBSYS_QUEUE = 3;
    public static final int NFNL_SUBSYS_ULOG = 4;
    public static final int NFNL_SUBSYS_OSF = 5;
    public static final int NFNL_SUBSYS_IPSET = 6;
    public static final int NFNL_SUBSYS_ACCT = 7;
    public static final int NFNL_SUBSYS_CTNETLINK_TIMEOUT = 8;
    public static final int NFNL_SUBSYS_CTHELPER = 9;
    public static final int NFNL_SUBSYS_NFTABLES = 10;
    public static final int NFNL_SUBSYS_NFT_COMPAT = 11;
    public static final int NFNL_SUBSYS_HOOK = 12;
    public static final int NFNL_SUBSYS_COUNT = 13;
    public static final int NFT_NAME_MAXLEN = 256;
    public static final int NFT_USERDATA_MAXLEN = 256;
    public static final int NFT_OSF_MAXGENRELEN = 16;
    public static final int NFT_REG_SIZE = 16;
    public static final int NFT_REG32_SIZE = 4;
    public static final int NFT_DATA_VALUE_MAXLEN = 64;
    public static final int NFT_QUEUE_FLAG_BYPASS = 0x01;
    public static final int NFT_QUEUE_FLAG_CPU_FANOUT = 0x02;
    public static final int NFT_QUEUE_FLAG_MASK = 0x03;
    public static final int NFT_SECMARK_CTX_MAXLEN = 4096;
    public static final int NFT_OBJECT_UNSPEC = 0;
    public static final int NFT_OBJECT_COUNTER = 1;
    public static final int NFT_OBJECT_QUOTA = 2;
    public static final int NFT_OBJECT_CT_HELPER = 3;
    public static final int NFT_OBJECT_LIMIT = 4;
    public static final int NFT_OBJECT_CONNLIMIT = 5;
    public static final int NFT_OBJECT_TUNNEL = 6;
    public static final int NFT_OBJECT_CT_TIMEOUT = 7;
    public static final int NFT_OBJECT_SECMARK = 8;
    public static final int NFT_OBJECT_CT_EXPECT = 9;
    public static final int NFT_OBJECT_SYNPROXY = 10;
}
