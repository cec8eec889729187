#pragma once

#include <QString>

#include <functional>

class MainWindow;

// Writes a PNG of each page of the window (Run, Denoise, Compare, Corpus) into `folder`, named
// by page and window size, from what the store holds: the newest run shown, its newest recorded
// trajectory at its middle frame, the newest runs (up to four) compared. For the README's
// pictures and for looking at a change at several sizes. `done` runs after the last one.
void writePageScreenshots(MainWindow *window, const QString &folder, std::function<void()> done);
