#pragma once

#include "database.h"
#include "routingrequests.h"

#include "routing/replay.h"

/// The store side of ReplayInputs. In core_store_budget, the library that links both the store
/// and routing (core_store itself does not depend on core_routing).
namespace ReplayInputs {

/// A stored request as routing replays it. The recorded output tokens, when known, are the
/// expected output tokens (so costs follow the real answers); otherwise the router's default.
ReplayRequest fromStored(const StoredRoutingRequest &row);

/// Every stored request with message text, oldest first (`limit` >= 0: only the latest ones).
/// On failure returns no requests and sets `error`.
ReplayInput fromStore(const Database &database, QString *error, qint64 limit = -1);

} // namespace ReplayInputs
