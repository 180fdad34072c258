package vn.kt1.batch.reconcile.checks;

/**
 * What the data checks look for in a month's item events, counted while the reconciliation
 * reads them (one pass over the events for both), then stored with the run for the checks step.
 */
public final class EventFindings {

	int duplicatedStates;

	int unknownOffices;

	int ineligibleSenders;

	int badTimes;

	int badValues;

	/**
	 * Counts one item.
	 * @param duplicatedState whether one of its states was reported more than once
	 * @param unknownOffice whether one of its events came from a post office not on the list
	 * @param ineligibleSender whether its sender was not eligible
	 * @param badTimes how many of its events were accepted after the run's day or delivered
	 * before acceptance
	 * @param badValue whether it weighs over 30 kg or has no fee
	 */
	public void add(boolean duplicatedState, boolean unknownOffice, boolean ineligibleSender, int badTimes,
			boolean badValue) {
		this.duplicatedStates += duplicatedState ? 1 : 0;
		this.unknownOffices += unknownOffice ? 1 : 0;
		this.ineligibleSenders += ineligibleSender ? 1 : 0;
		this.badTimes += badTimes;
		this.badValues += badValue ? 1 : 0;
	}

	@Override
	public String toString() {
		return "EventFindings[duplicatedStates=" + this.duplicatedStates + ", unknownOffices=" + this.unknownOffices
				+ ", ineligibleSenders=" + this.ineligibleSenders + ", badTimes=" + this.badTimes + ", badValues="
				+ this.badValues + "]";
	}

}
