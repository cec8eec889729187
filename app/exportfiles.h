#pragma once

#include <QByteArray>
#include <QString>

// A name safe as a file name on every platform: letters, digits, '.', '_' and '-' kept, runs of
// anything else become one '-', no leading dot or dash, at most 100 characters, never empty.
QString sanitisedFileName(const QString &name);

// Writes an export atomically (temp file + rename: an existing file is whole before and after);
// returns an error message naming the file, or an empty string. The caller asks before replacing.
QString writeExportFile(const QString &path, const QByteArray &bytes);
