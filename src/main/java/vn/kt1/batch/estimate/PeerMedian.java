package vn.kt1.batch.estimate;

import java.math.BigDecimal;

/**
 * What an agency with too little history is given: the median of its peers.
 *
 * @param group the peers, in Vietnamese (level and category, or the level alone)
 * @param peers how many agencies with history the median is of (0: no peer, the estimate is 0)
 * @param medianVnd their median amount over the whole period, whole VND
 * @param medianItems their median items over the whole period
 * @param baseVnd the median scaled by the share of the period the agency is valid
 * @param items the items scaled alike
 */
public record PeerMedian(String group, int peers, long medianVnd, BigDecimal medianItems, long baseVnd, BigDecimal items) {

}
