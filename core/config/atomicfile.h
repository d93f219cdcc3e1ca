#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

/// File I/O with errors as values. Writes go through QSaveFile: the target is replaced only
/// when the whole content was written, so a crash never leaves a half-written config.
namespace AtomicFile {

struct ReadResult
{
    QByteArray data;
    QString error; ///< empty on success; otherwise a user-facing message with the path
    bool ok() const { return error.isEmpty(); }
};

/// Config files larger than this are refused unread (a config is kilobytes; this is 10 MB).
inline constexpr qint64 MaxReadBytes = 10 * 1024 * 1024;

/// Reads the whole file; refuses one larger than `maxBytes` before reading it.
ReadResult read(const QString &path, qint64 maxBytes = MaxReadBytes);
/// Returns an error message, or nullopt on success.
std::optional<QString> write(const QString &path, const QByteArray &data);

} // namespace AtomicFile
