#include "app/democreation.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace care::ui {

DemoCreation::Outcome DemoCreation::run(QWidget *parent, const QString &path, const demo::DemoOptions &options)
{
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    std::atomic<bool> cancelRequested{false};
    std::optional<Result<demo::DemoSummary>> result;

    std::unique_ptr<QThread> worker(QThread::create([&] {
        result = demo::generate(path, options, [&](int doneNow, int totalNow) {
            done = doneNow;
            total = totalNow;
            return !cancelRequested.load();
        });
    }));

    QProgressDialog dialog(parent);
    dialog.setWindowTitle(tr("Demo municipality"));
    dialog.setLabelText(tr("Creating the demo municipality with %Ln student(s)…", nullptr, options.students));
    dialog.setCancelButtonText(tr("Cancel"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(0);
    dialog.setRange(0, 0);  // busy until the generator reports a total
    // Cancel only asks the worker to stop; the dialog stays until it has
    // removed its half-made file, so nothing else starts meanwhile.
    QObject::disconnect(&dialog, &QProgressDialog::canceled, &dialog, &QProgressDialog::cancel);
    auto requestCancel = [&] {
        cancelRequested = true;
        dialog.setLabelText(tr("Cancelling…"));
        dialog.show();
    };
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, requestCancel);
    QObject::connect(&dialog, &QDialog::rejected, &dialog, requestCancel);

    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        if (const int t = total.load(); t > 0 && !cancelRequested) {
            dialog.setMaximum(t);
            dialog.setValue(qMin(done.load(), t));
        }
    });

    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    dialog.show();
    poll.start();
    loop.exec();
    worker->wait();
    poll.stop();
    dialog.hide();

    if (!result)  // the worker cannot end without a result, but never dereference nothing
        result = Error{tr("Creating the demo municipality stopped unexpectedly."), {}, path};
    const bool cancelled = cancelRequested.load() && !result->ok();
    return Outcome{std::move(*result), cancelled};
}

} // namespace care::ui
