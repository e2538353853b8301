-- Accounts, their sessions and API tokens. Times are epoch milliseconds; secrets are kept only as hashes.
CREATE TABLE users (
  name VARCHAR(64) PRIMARY KEY,
  role VARCHAR(16) NOT NULL,
  password_hash VARCHAR(256) NOT NULL,
  created BIGINT NOT NULL
);

CREATE TABLE sessions (
  id_hash VARCHAR(64) PRIMARY KEY,
  user_name VARCHAR(64) NOT NULL REFERENCES users (name) ON DELETE CASCADE,
  csrf VARCHAR(64) NOT NULL,
  created BIGINT NOT NULL,
  expires BIGINT NOT NULL
);

CREATE TABLE api_tokens (
  token_hash VARCHAR(64) PRIMARY KEY,
  user_name VARCHAR(64) NOT NULL REFERENCES users (name) ON DELETE CASCADE,
  created BIGINT NOT NULL
);
