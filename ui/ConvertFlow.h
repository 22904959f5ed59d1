#pragma once
// File › Convert to skops…, from the question where to write to the answer:
// the save dialog (beside the model, named after it), the conversion in a
// worker thread behind a progress dialog with Cancel, and the result box
// (the load line; Open It, Copy Load Line). MainWindow owns one, enables its
// action while isRunning() is false, and opens the result on openRequested.

#include <QObject>
#include <QStringList>

#include <memory>

class QWidget;

namespace skopos::ui {

struct LoadedDocument;

class ConvertFlow : public QObject {
    Q_OBJECT
public:
    // Dialogs are shown over `window`.
    explicit ConvertFlow(QWidget* window);

    // Where the converted file goes by default: beside the input, every
    // model-file suffix dropped (forest.joblib.gz -> forest.skops), and
    // never the input itself (model.skops -> model.converted.skops).
    static QString suggestedOutput(const QString& input);

    // Asks where to write (suggestedOutput), then start().
    void askAndConvert(const std::shared_ptr<LoadedDocument>& doc);
    // Converts `doc`'s file to `output` in the background, trusting what its
    // audit approved; false when nothing was started (running already, or
    // `output` is the input: convertFailed says so).
    bool start(const std::shared_ptr<LoadedDocument>& doc, const QString& output);
    bool isRunning() const { return running_; }

signals:
    void runningChanged(bool running);
    void message(const QString& text, int timeoutMs);
    // A conversion ended: the written file and the types it still needs trusted, or an error.
    void converted(const QString& output, const QStringList& untrusted);
    void convertFailed(const QString& message);
    // "Open It" in the result box.
    void openRequested(const QString& path);

private:
    void showResult(const QString& output, const QStringList& untrusted);

    QWidget* window_;
    bool running_ = false;
};

} // namespace skopos::ui
