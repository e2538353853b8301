package org.kechuangradar.account;

/** An account: its name, its role and when it was made (epoch milliseconds). */
public record User(String name, Role role, long created) {}
