#include "atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace AtomicFile {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AtomicFile", text);
}
} // namespace

ReadResult read(const QString &path)
{
    ReadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    result.data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        result.error = tr("cannot read %1: %2").arg(path, file.errorString());
    return result;
}

std::optional<QString> write(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    if (file.write(data) != data.size()) {
        const QString message = tr("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return message;
    }
    if (!file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return std::nullopt;
}

} // namespace AtomicFile
