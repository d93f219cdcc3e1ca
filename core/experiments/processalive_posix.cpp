#include "processalive.h"

#include <cerrno>
#include <csignal>
#include <limits>
#include <sys/types.h>

bool processAlive(qint64 pid)
{
    if (pid <= 0 || pid > std::numeric_limits<pid_t>::max())
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM; // signal 0: existence check only
}
