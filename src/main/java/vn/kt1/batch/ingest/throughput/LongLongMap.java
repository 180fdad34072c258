package vn.kt1.batch.ingest.throughput;

import java.util.Arrays;

/** An open-addressing map from non-negative {@code long} keys to {@code long} values. */
final class LongLongMap {

	private static final long EMPTY = -1;

	private long[] keys;

	private long[] values;

	private int size;

	LongLongMap(int expected) {
		int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
		this.keys = new long[capacity];
		this.values = new long[capacity];
		Arrays.fill(this.keys, EMPTY);
	}

	/** @return the value, or {@code missing} when the key is absent */
	long get(long key, long missing) {
		int slot = find(key);
		return (this.keys[slot] == key) ? this.values[slot] : missing;
	}

	void put(long key, long value) {
		int slot = find(key);
		if (this.keys[slot] == EMPTY) {
			this.keys[slot] = key;
			if (++this.size * 2 > this.keys.length) {
				this.values[slot] = value;
				grow();
				return;
			}
		}
		this.values[slot] = value;
	}

	private int find(long key) {
		int mask = this.keys.length - 1;
		int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
		while (this.keys[slot] != EMPTY && this.keys[slot] != key) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private void grow() {
		long[] oldKeys = this.keys;
		long[] oldValues = this.values;
		this.keys = new long[oldKeys.length * 2];
		this.values = new long[oldKeys.length * 2];
		Arrays.fill(this.keys, EMPTY);
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != EMPTY) {
				int slot = find(oldKeys[i]);
				this.keys[slot] = oldKeys[i];
				this.values[slot] = oldValues[i];
			}
		}
	}

}
