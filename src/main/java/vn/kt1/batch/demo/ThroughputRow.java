package vn.kt1.batch.demo;

import java.time.LocalDateTime;

/** One generated throughput row: an item and its new state. */
record ThroughputRow(String barcode, LocalDateTime accepted, String postOffice, String sender, String receiver,
		String urgency, String secrecy, String type, int weightG, long fee, String status, LocalDateTime due,
		LocalDateTime delivered) {

	ThroughputRow withStatus(String newStatus, LocalDateTime when) {
		return new ThroughputRow(this.barcode, this.accepted, this.postOffice, this.sender, this.receiver,
				this.urgency, this.secrecy, this.type, this.weightG, this.fee, newStatus, this.due, when);
	}

}
