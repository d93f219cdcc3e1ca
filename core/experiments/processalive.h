#pragma once

#include <QtGlobal>

/// Whether process `pid` of this machine still runs (true when it cannot be told), for
/// taking over a run lock whose holder died. processalive_posix.cpp or processalive_win.cpp.
bool processAlive(qint64 pid);
