#include "chartexport.h"

#include "config/atomicfile.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

#include "qcp.h"

namespace {

QByteArray csvCell(const QString &cell)
{
    QByteArray utf8 = cell.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

void appendRow(QByteArray &out, const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            out += ',';
        out += csvCell(cells.at(i));
    }
    out += "\r\n";
}

} // namespace

QByteArray ChartExport::toCsv(const ChartTable &table)
{
    QByteArray out;
    appendRow(out, table.header);
    for (const QStringList &row : table.rows)
        appendRow(out, row);
    return out;
}

std::optional<QString> ChartExport::savePng(QCustomPlot *plot, const QString &path, int width,
                                            int height)
{
    if (plot->savePng(path, width, height))
        return std::nullopt;
    return tr("Cannot write %1: check that the folder exists and is writable.")
        .arg(QDir::toNativeSeparators(path));
}

std::optional<QString> ChartExport::savePdf(QCustomPlot *plot, const QString &path, int width,
                                            int height)
{
    if (plot->savePdf(path, width, height))
        return std::nullopt;
    return tr("Cannot write %1: check that the folder exists and is writable.")
        .arg(QDir::toNativeSeparators(path));
}

std::optional<QString> ChartExport::saveCsv(const ChartTable &table, const QString &path)
{
    return AtomicFile::write(path, toCsv(table));
}

std::optional<QString> ChartExport::save(QCustomPlot *plot, const ChartTable &table,
                                         const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return savePng(plot, path);
    if (suffix == u"pdf")
        return savePdf(plot, path);
    if (suffix == u"csv")
        return saveCsv(table, path);
    return tr("Unknown export format \"%1\": use a file name ending in .png, .pdf or .csv.")
        .arg(suffix);
}

void ChartExport::exportInteractively(QCustomPlot *plot, const QString &baseName,
                                      const ChartTable &table, const QString &extension,
                                      QWidget *parent)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter = extension == u"png" ? tr("PNG image (*.png)")
                           : extension == u"pdf" ? tr("PDF document (*.pdf)")
                                                 : tr("CSV table (*.csv)");
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Export chart"), QDir(dir).filePath(baseName + u'.' + extension), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + extension;
    if (const auto error = save(plot, table, path))
        QMessageBox::warning(parent, tr("Export chart"), *error);
}

void ChartExport::install(QCustomPlot *plot, const QString &baseName,
                          std::function<ChartTable()> data)
{
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(plot, &QWidget::customContextMenuRequested, plot,
                     [plot, baseName, data](const QPoint &pos) {
        QMenu menu(plot);
        const QList<std::pair<QString, QString>> formats{
            {tr("Export as PNG…"), QStringLiteral("png")},
            {tr("Export as PDF…"), QStringLiteral("pdf")},
            {tr("Export data as CSV…"), QStringLiteral("csv")}};
        for (const auto &[label, extension] : formats) {
            menu.addAction(label, plot, [plot, baseName, data, extension = extension] {
                exportInteractively(plot, baseName, data(), extension, plot->window());
            });
        }
        menu.exec(plot->mapToGlobal(pos));
    });
}
