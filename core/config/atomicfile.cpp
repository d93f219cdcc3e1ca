#include "atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace AtomicFile {

namespace {
/// The translation context "AtomicFile" for the free functions below (lupdate reads it).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
};
} // namespace

ReadResult read(const QString &path, qint64 maxBytes)
{
    ReadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Tr::tr("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    // size() is 0 for pipes and devices: read one byte past the limit to know.
    result.data = file.read(maxBytes + 1);
    if (result.data.size() > maxBytes) {
        result.data.clear();
        result.error = Tr::tr("%1 is larger than %2 MB; config files above that size are not read. Split it "
                          "into several files.").arg(path).arg(maxBytes / (1024 * 1024));
        return result;
    }
    if (file.error() != QFileDevice::NoError)
        result.error = Tr::tr("cannot read %1: %2").arg(path, file.errorString());
    return result;
}

std::optional<QString> write(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("cannot write %1: %2").arg(path, file.errorString());
    if (file.write(data) != data.size()) {
        const QString message = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return message;
    }
    if (!file.commit())
        return Tr::tr("cannot write %1: %2").arg(path, file.errorString());
    return std::nullopt;
}

} // namespace AtomicFile
