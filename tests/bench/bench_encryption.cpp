// The cost of whole-file encryption: the same work on the same demo, once
// on the encrypted file and once on a decrypted copy, in one run.
//
//   care_bench_encryption [--students 100000] [--runs 5] [--data DIR]
//
// The demo (seed 1, password "demo") is generated once into DIR (default
// $XDG_CACHE_HOME/care-bench, else ~/.cache/care-bench) and reused; the
// decrypted copy is made from it on each run. Measured on both, median of
// the runs: a search as typed in the student list (count and first page of
// five queries), the profile open of 200 students (StudentRepository::profile,
// the read behind the profile screen) and a full risk recompute with nothing
// changed. Prints each figure for both files and the encrypted/plain ratio.
#include "demo/demogenerator.h"
#include "risk/riskservice.h"
#include "security/crypto.h"
#include "security/keyfile.h"
#include "services/accountservice.h"
#include "services/accountsupport.h"
#include "storage/database.h"
#include "storage/sqlconnections.h"
#include "storage/sqlitefile.h"
#include "storage/sqlitekey.h"
#include "storage/studentrepository.h"
#include "storage/studentsearch.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace care {

// Opens a decrypted copy without converting it back: only for measuring
// what the encryption costs.
struct DatabaseBenchmarkAccess {
    static DatabasePtr openPlain(const QString &path)
    {
        DatabasePtr db(new Database(path));
        db->m_encrypted = false;
        return db;
    }
};

} // namespace care

using namespace care;

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2.0;
}

int fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "bench_encryption: %s: %s\n", qPrintable(what), qPrintable(error.describe()));
    return 1;
}

QString dataFolder(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    QString cache = qEnvironmentVariable("XDG_CACHE_HOME");
    if (cache.isEmpty())
        cache = QDir::homePath() + QStringLiteral("/.cache");
    return cache + QStringLiteral("/care-bench");
}

// The demo's database key, unwrapped from the administrator's slot.
Result<std::shared_ptr<const SecretBytes>> databaseKeyOf(const QString &path)
{
    auto keys = KeyFile::read(KeyFile::pathFor(path));
    if (!keys)
        return keys.error();
    const UserKeySlot *slot = keys->userSlot(QStringLiteral("admin"));
    if (!slot)
        return Error{QStringLiteral("no admin slot"), {}, path};
    auto secrets = crypto::derivePasswordSecrets(QStringLiteral("demo"), slot->salt,
                                                 {slot->opsLimit, slot->memLimitBytes});
    if (!secrets)
        return secrets.error();
    return accounts::unwrapKey(secrets->keyEncryptionKey, slot->wrappedKey, accounts::userSlotData(slot->userId));
}

Status decryptCopy(const QString &source, const QString &dest)
{
    auto key = databaseKeyOf(source);
    if (!key)
        return key.error();
    if (!QFile::copy(source, dest) || !QFile::copy(KeyFile::pathFor(source), KeyFile::pathFor(dest)))
        return Error{QStringLiteral("cannot copy the demo"), {}, dest};
    const SecretBytes text = hexKeyText(Database::fileKeyOf(*key.value()));
    const QByteArray keyHex(reinterpret_cast<const char *>(text.data()), qsizetype(text.size()));
    auto db = sqlitefile::openConnection(QFile::encodeName(dest), SQLITE_OPEN_READWRITE, dest, keyHex);
    if (!db)
        return db.error();
    if (const sqlitekey::Outcome outcome = sqlitekey::rekey(db->get(), {}); !outcome.ok())
        return sqlitefile::sqliteError(db->get(), outcome.code, dest);
    return {};
}

struct Figures {
    QList<double> searchMs;
    QList<double> profileMs;
    QList<double> recomputeMs;
};

// One file's workload: signed in once, then run as often as asked.
class Workload {
public:
    explicit Workload(Database &db) : m_db(db), m_students(db), m_repository(db), m_risk(db, Clock::system()) {}

    Status prepare()
    {
        auto admin = AccountService(m_db, Clock::system()).signIn(QStringLiteral("admin"), QStringLiteral("demo"));
        if (!admin)
            return admin.error();
        m_admin = admin.value();
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("SELECT first_name_th, last_name_th, citizen_id FROM student ORDER BY id LIMIT 1"));
        if (!q.next())
            return Error{QStringLiteral("empty demo"), {}, {}};
        const QString first = q.value(0).toString();
        m_queries << first.left(1) << first.left(2) << first.left(3) << q.value(1).toString().mid(1, 3)
                  << q.value(2).toString().mid(3, 5);
        q.exec(QStringLiteral("SELECT id FROM student WHERE household_id IS NOT NULL ORDER BY id LIMIT 200"));
        while (q.next())
            m_profileIds << q.value(0).toString();
        return {};
    }

    Status runOnce(Figures &figures)
    {
        QElapsedTimer timer;
        timer.start();
        for (const QString &text : m_queries) {
            StudentFilter filter(StudentListScope::everyone());
            filter.text = text;
            auto count = m_students.count(filter);
            auto page = m_students.page(filter, StudentSort::Name, true, 0, 50);
            if (!count)
                return count.error();
            if (!page)
                return page.error();
        }
        figures.searchMs << double(timer.nsecsElapsed()) / 1e6 / double(m_queries.size());
        timer.restart();
        for (const QString &id : m_profileIds)
            if (auto p = m_repository.profile(id); !p)
                return p.error();
        figures.profileMs << double(timer.nsecsElapsed()) / 1e6 / double(std::max<qsizetype>(1, m_profileIds.size()));
        timer.restart();
        if (auto all = m_risk.recomputeAll(m_admin); !all)
            return all.error();
        figures.recomputeMs << double(timer.nsecsElapsed()) / 1e6;
        return {};
    }

private:
    Database &m_db;
    StudentSearch m_students;
    StudentRepository m_repository;
    RiskService m_risk;
    Session m_admin;
    QStringList m_queries;
    QStringList m_profileIds;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption studentsOption(QStringLiteral("students"), QStringLiteral("Demo size."),
                                            QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per file."), QStringLiteral("n"),
                                        QStringLiteral("5"));
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("Cache folder."), QStringLiteral("dir"));
    parser.addOptions({studentsOption, runsOption, dataOption});
    parser.process(app);
    const int students = std::max(100, parser.value(studentsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const QString folder = dataFolder(parser.value(dataOption));
    QDir().mkpath(folder);
    const QString cached = QDir(folder).filePath(QStringLiteral("demo-%1-seed1.care").arg(students));
    if (!QFileInfo::exists(cached) || !QFileInfo::exists(KeyFile::pathFor(cached))) {
        QFile::remove(cached);
        std::printf("Generating %d students into %s ...\n", students, qPrintable(cached));
        std::fflush(stdout);
        demo::DemoOptions options;
        options.students = students;
        if (auto made = demo::generate(cached, options); !made)
            return fail(QStringLiteral("demo"), made.error());
    }
    QTemporaryDir work(QDir(folder).filePath(QStringLiteral("encryption-XXXXXX")));
    const QString encryptedPath = work.filePath(QStringLiteral("encrypted.care"));
    const QString plainPath = work.filePath(QStringLiteral("plain.care"));
    if (!QFile::copy(cached, encryptedPath) || !QFile::copy(KeyFile::pathFor(cached), KeyFile::pathFor(encryptedPath)))
        return fail(QStringLiteral("copy"), Error{cached, {}, {}});
    if (auto s = decryptCopy(encryptedPath, plainPath); !s)
        return fail(QStringLiteral("decrypted copy"), s.error());

    auto encrypted = Database::open(encryptedPath);
    if (!encrypted)
        return fail(QStringLiteral("open"), encrypted.error());
    DatabasePtr plain = DatabaseBenchmarkAccess::openPlain(plainPath);
    Workload plainWork(*plain);
    Workload encryptedWork(*encrypted.value());
    if (auto s = plainWork.prepare(); !s)
        return fail(QStringLiteral("plain"), s.error());
    if (auto s = encryptedWork.prepare(); !s)
        return fail(QStringLiteral("encrypted"), s.error());
    // Alternating runs, so that both files see the same machine load; the
    // first pair warms the page caches and is not counted.
    Figures warmUp;
    Figures plainFigures;
    Figures encryptedFigures;
    for (int run = 0; run <= runs; ++run) {
        Figures &p = run == 0 ? warmUp : plainFigures;
        Figures &e = run == 0 ? warmUp : encryptedFigures;
        if (auto s = plainWork.runOnce(p); !s)
            return fail(QStringLiteral("plain"), s.error());
        if (auto s = encryptedWork.runOnce(e); !s)
            return fail(QStringLiteral("encrypted"), s.error());
    }

    const auto row = [](const char *label, double p, double e) {
        std::printf("  %-40s %9.2f %9.2f %8.3f\n", label, p, e, p > 0 ? e / p : 0.0);
    };
    std::printf("\nwhole-file encryption on the %d-student demo, median of %d runs (ms):\n", students, runs);
    std::printf("  %-40s %9s %9s %8s\n", "", "plain", "encrypted", "ratio");
    row("search as typed (count + first page)", median(plainFigures.searchMs), median(encryptedFigures.searchMs));
    row("profile open", median(plainFigures.profileMs), median(encryptedFigures.profileMs));
    row("full risk recompute, nothing changed", median(plainFigures.recomputeMs),
        median(encryptedFigures.recomputeMs));
    return 0;
}
