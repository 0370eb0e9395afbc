<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccessControlText</name>
    <message>
        <location filename="../core/security/accesscontrol.cpp" line="+23"/>
        <source>manage user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>make or restore backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anonymise expired records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>see counts across schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open records outside your scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review break-the-glass access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refused: %1 – %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nobody is signed in. Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your account is not known in this database. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account has been disabled. Ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your account has changed since you signed in. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No student you may see has this record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Your role reaches individual records only through break-the-glass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The guardian has not given consent to share the record with health staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your role (%1) may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Break-the-glass access is for reading only; ask the student&apos;s school to make any change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Refused: your role (%1) may not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your role does not act for a whole school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record belongs to another school than yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessGrantText</name>
    <message>
        <location filename="../core/services/accessgrantservice.cpp" line="+39"/>
        <source>Enter the student&apos;s national ID number or student number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No student has the ID number or student number “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Give the reason you need this record, in at least %n characters.</source>
        <translation>
            <numerusform>Give the reason you need this record, in at least %n character.</numerusform>
            <numerusform>Give the reason you need this record, in at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No student has this record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This record is already one you may open; break-the-glass is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Your account belongs to no school, so it has no grants to review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountText</name>
    <message>
        <location filename="../core/services/accountrecovery.cpp" line="+32"/>
        <source>This recovery key does not open this database: it belongs to another database, was replaced, or the key file was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No user has this user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user account is disabled; an administrator must enable it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New password for %1 set with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only a system administrator can replace the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/accountservice.cpp" line="+109"/>
        <source>This database is already set up; sign in as a user instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first user must be a system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>First administrator and recovery key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unknown user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Refused while locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Attempt at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Care cannot record sign-in attempts in the key file, so signing in is refused until it can: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This database was never set up: it has no users, so it cannot be opened. Create a new database instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+115"/>
        <location line="+22"/>
        <source>Wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+23"/>
        <source>Account disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-182"/>
        <source>This user account is disabled. Ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+160"/>
        <source>This user account was disabled, and its key was deleted then. Ask your administrator to enable it and to give you a temporary password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key slot altered or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/accountservicemanage.cpp" line="+69"/>
        <source>Another user already has this user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>User %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Classrooms assigned: %n</source>
        <translation>
            <numerusform>Classrooms assigned: %n</numerusform>
            <numerusform>Classrooms assigned: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/services/accountsupport.cpp" line="+80"/>
        <source>Only teachers and home-visit coordinators are assigned to classrooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A chosen classroom does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A chosen classroom belongs to another school than the user&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The user name must have 3 to 32 characters: letters a–z, digits, dot, dash or underscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The display name must have 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This role belongs to a school: choose the user&apos;s school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen school does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System administrators and municipal officers do not belong to a school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A school director manages only the accounts of their own school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many failed sign-ins with this user name. Wait %1, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password is right, but this user&apos;s key in the key file was altered or damaged, so nothing was unlocked. Ask an administrator to reset the password, or use the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Care is locked. Sign in again to manage keys and passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No user account has this id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressText</name>
    <message>
        <location filename="../core/domain/address.cpp" line="+25"/>
        <source>Moo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subdistrict %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Province %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerTextText</name>
    <message>
        <location filename="../core/screening/answertext.cpp" line="+25"/>
        <source>%1 has %2 values; no instrument has more than %3 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: value %2 is empty; write - for a missing answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: value %2 (&quot;%3&quot;) is not an answer; write a whole number, or - for a missing answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is empty; give at least the answer about difficulties (0 = none).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceCommand</name>
    <message>
        <location filename="../app/care-cli/attendancecommand.cpp" line="+29"/>
        <source>Usage: care-cli attendance set|list --db FILE …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  set   Record a student&apos;s days enrolled, absent and late in one term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  list  Show a student&apos;s attendance per term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “care-cli attendance set --help” or “care-cli attendance list --help” for their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Records a student&apos;s attendance in one term, replacing what was recorded for it. Absent and late days together may not be more than the days enrolled; a term with daily absence records keeps their counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record id, or the national ID number or G-code (dashes allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days enrolled in the term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days late (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Attendance saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shows a student&apos;s attendance per term, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <location filename="../app/care-cli/auditcommand.cpp" line="+39"/>
        <source>Invalid date “%1” for --%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: care-cli audit verify|list --db FILE …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  list    List audit events by student, user, action and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “care-cli audit verify --help” or “care-cli audit list --help” for their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>  verify  Check that no audit event was changed, inserted or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checks the sealed chain of the audit trail: events are numbered without gaps and each carries a seal, keyed with the database key, over its number, its content and the seal of the one before, so a changed, inserted or deleted event is found. Any user may run it after signing in; it changes nothing. Each backup records its newest event as an anchor (--anchor-from). Exit code 0: intact; 1: the first bad event is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The newest event printed by an earlier check, as SEQ:HASH: proves that no event up to it was cut off the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup of this database: its newest audit event must still be in the trail, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--anchor must be SEQ:HASH as printed by “audit verify” (a number, a colon and 64 hexadecimal digits), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking the audit trail: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The audit trail is intact: %1 events checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The newest event, to note down and check later with --anchor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit trail is NOT intact: event #%1 fails the check (%2 events checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lists audit events, newest first: who did or viewed what, when, and why for break-the-glass access. The administrator sees all events; a director those about their school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only events about this student (record id, ID number or student number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only events by this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this action, e.g. view, create, update, delete, export, print, sign_in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only events on or after this day, e.g. 1/6/2568 or 2025-06-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only events on or before this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most N events (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--from (%1) is after --to (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No audit event matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing the newest %1 events; use --limit or --to to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n event.</numerusform>
            <numerusform>%n events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../ui/privacy/auditlabels.cpp" line="+14"/>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened outside scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access outside scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPrinter</name>
    <message>
        <location filename="../app/care-cli/auditprinter.cpp" line="+22"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../core/services/auditservice.cpp" line="+97"/>
        <source>The trail does not begin with its first event: the events before this one were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Sign in to check the audit trail: its events are sealed with the database key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n event(s) before this one were removed from the trail.</source>
        <translation>
            <numerusform>%n event before this one was removed from the trail.</numerusform>
            <numerusform>%n events before this one were removed from the trail.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event was written outside Care: it is not sealed like the events before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The event was changed after it was written, or written outside Care: its content does not match its seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event does not link to the one before it: an earlier event was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The event does not match the anchor noted earlier: the trail was rewritten from this event on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The check of the audit trail was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event #%1, noted earlier as the anchor, is gone: the newest events were cut off the trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The first date is after the last date; choose a date range that runs forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your account belongs to no school, so it has no audit events to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No student of your school has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../app/care-cli/backupcommand.cpp" line="+27"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Students:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit anchor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replace everything in %1 with this backup? Type “yes” to go on: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writes a backup of the database to a new file through SQLite&apos;s online backup (safe while Care is running), readable by you only, checks it, and records it in the audit trail. Sensitive fields stay encrypted in the backup. An existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new backup file (must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing option --out FILE: where to write the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote the backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing option --from BACKUP: the backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The backup holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup belongs to another municipality (%1); it cannot be restored into this database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is complete and can be restored. Nothing was changed (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>A restore replaces everything in the database: add --yes to confirm. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Shows what the backup holds (when it was made, the municipality, counts, its audit anchor), then replaces the database&apos;s content and key file with the backup&apos;s. The content before the restore is kept beside the database. A damaged or truncated backup, a backup without its key file, or one of another database is refused and nothing changes. Signs in as an administrator. Without --yes you are asked to confirm on the terminal; without a terminal, --yes is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only check the backup and show its preview; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored the backup. The content from before is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone signs in again with the passwords that were valid when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupFileText</name>
    <message>
        <location filename="../core/storage/backupfileinspect.cpp" line="+59"/>
        <source>The file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “%1” is empty; it is not a Care backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file “%1” is not encrypted: it is a backup made by an earlier version of Care, or not a Care backup. Open it with Care, which encrypts it, and use it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file “%1” is not a Care backup (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The file “%1” is not a backup of this database: this database&apos;s key does not open it, or it is damaged. A backup of another database is opened directly with Care, with its key file beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The file “%1” is truncated: it ends inside its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file “%1” is truncated or damaged: its size is not a whole number of pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <location filename="../core/services/backupservice.cpp" line="+80"/>
        <location line="+14"/>
        <source>The file “%1” already exists; choose a new name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder for the backup “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup “%1” cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The backup “%1” failed its integrity check (%2) and was deleted. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup “%1” could not be put in place; nothing was written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No file was given for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Keep at least one backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The key file of the backup “%1” is missing or damaged (%2): keep each backup together with its key file “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file “%1” is an SQLite database of another program, not a Care backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup “%1” was made by a newer version of Care (schema %2; this version knows up to %3). Update Care to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup “%1” is damaged and cannot be used; the integrity check found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file “%1” is the open database itself, not a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup “%1” is of another municipality (%2), not of this database; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The current content could not be saved first, so nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup “%1” could not be restored, and the database was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup was restored, but the database could not be opened afterwards: %1 The content from before the restore is in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The database “%1” is damaged; the integrity check found: %2. Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandSetText</name>
    <message>
        <location filename="../core/screening/bandsetreader.cpp" line="+93"/>
        <source>band files cannot be read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the band file %1 has no table &quot;%2&quot;; it has: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown level &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the level &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the instrument %1 has no score &quot;%2&quot;; its scores are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the band starts at %1, above its end %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the band %1 is outside the score&apos;s range %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the level &quot;%1&quot; is not one of the band set&apos;s levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+18"/>
        <source>the bands do not cover the score&apos;s full range %1: no band for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the band %1 overlaps the band %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is a gap between the bands %1 and %2: no band for %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BehaviourCommand</name>
    <message>
        <location filename="../app/care-cli/behaviourcommand.cpp" line="+31"/>
        <source>Missing option --%1 CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid value “%1” for --%2: use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: care-cli behaviour add|list --db FILE …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  add   Record a behaviour incident of a student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  list  Show a student&apos;s behaviour incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “care-cli behaviour add --help” or “care-cli behaviour list --help” for their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Records a behaviour incident: its date, kind, severity and a note (kept encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record id, or the national ID number or G-code (dashes allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kind of incident: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minor or serious.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened (at most 2,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Behaviour incident recorded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shows a student&apos;s behaviour incidents with their notes, newest first. Viewing them is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkInsertText</name>
    <message>
        <location filename="../core/storage/bulkinsert.cpp" line="+185"/>
        <source>The rows to save do not all have the same fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <location filename="../app/care-cli/clisession.cpp" line="+28"/>
        <source>This database has no users yet, so nobody can sign in. Open it in Care once to create the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not signed in. Set CARE_USER to your user name and CARE_PASSWORD to your password, or run care-cli in a terminal to be asked for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed in: no user name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in: no password was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/care-cli/commandline.cpp" line="+18"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Missing argument: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Invalid value “%1” for --%2: give a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run “care-cli %1 --help” for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: care-cli %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <location filename="../app/care-cli/commandsupport.cpp" line="+17"/>
        <source>The Care database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing option --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your password is a temporary one set by an administrator. Choose your own first with “care-cli users password --db %1” (or in Care); nothing else was done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentLabelText</name>
    <message>
        <location filename="../core/services/consentlabels.cpp" line="+40"/>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing with health staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LINE notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentText</name>
    <message>
        <location filename="../core/services/consentservice.cpp" line="+31"/>
        <source>Care is locked. Sign in again to read or record consent notes and forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The scanned form is an empty file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scanned form is larger than 10 MB. Scan it at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scanned form must be a PDF, JPEG or PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scanned form&apos;s content does not match its file type (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose what the consent is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of the decision is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The guardian who decided is not a guardian of this student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+113"/>
        <source>No scanned consent form has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No guardian consent for “%1” has been recorded for this student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guardian&apos;s consent for “%1” has been withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentHashText</name>
    <message>
        <location filename="../core/storage/contenthash.cpp" line="+144"/>
        <source>Care is locked: sign in to compare the protected content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateStudentCommand</name>
    <message>
        <location filename="../ui/student/createstudentcommand.cpp" line="+29"/>
        <source>Add student %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not undo adding the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not add the student again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CryptoText</name>
    <message>
        <location filename="../core/security/crypto.cpp" line="+60"/>
        <location line="+53"/>
        <source>The encryption library could not start; Care cannot protect its data on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The stored password data are damaged (the salt has the wrong length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored password data are damaged (the cost settings are out of range).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is not enough free memory to check the password. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The key has the wrong length; the value cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The protected value is too short; it was damaged or cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The protected value could not be opened: it was changed, moved from another place, or sealed with another key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <location filename="../core/io/csvreader.cpp" line="+20"/>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+115"/>
        <location line="+61"/>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-171"/>
        <source>The CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The CSV file “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is larger than %2, the most Care reads at once. Split it into smaller files and import them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>text follows a closing quote in value %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a quote in the middle of value %1; put the whole value in quotes and double the quotes inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a quoted value is not closed before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has more than %L2 rows under its header. Split it into smaller files and import them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 has more than %L2 columns in row %3. Remove the columns that are not needed, and check that the values are separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is empty: its first row must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 values but the first row names only %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <source>The CSV file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <location filename="../ui/app/databasefiles.cpp" line="+16"/>
        <source>Care databases (*.care);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a Care database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create an empty Care database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Cannot create the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A file with this name already exists. Choose another name; Care does not overwrite existing files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+8"/>
        <location line="+33"/>
        <source>Cannot create the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The folder for the demo database cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Demo municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A demo database already exists. Open it, or replace it with a new demo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replacing deletes every change made in the demo. File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with a new demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The old demo database cannot be removed. Close any other program using it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseText</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+75"/>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The path is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder for the new database does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key file of another database is in the way of the new one; move it away first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The database file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is empty; it is not a Care database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The database was made by a newer version of Care (schema %1; this version knows up to %2). Update Care to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file is an SQLite database of another program, not a Care database; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key from the key file does not open this database: the file is damaged, was changed outside Care, or belongs with another key file. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The database file is read-only; Care needs to write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The file is not a Care database, or it is one whose key file is missing: an encrypted Care database opens only with the key file beside it (its name with “-keys” at the end). Copy it from a backup of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This key does not open the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The database could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <location filename="../core/locale/dates.cpp" line="+141"/>
        <source>The date is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; is not a month name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a date; write it as day/month/year, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The year %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The month must be between 1 and 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This month has no day %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoAccountText</name>
    <message>
        <location filename="../core/demo/demoaccounts.cpp" line="+92"/>
        <source>users, settings and backups; no case content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counts across all schools; records only by break-the-glass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>the whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>homeroom teacher of one classroom of this year (P.4/1 where the school has it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>home visits for two classrooms, the teacher&apos;s among them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about 10 students referred for health care, with consent to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>Demo health referrals: %n student(s)</source>
        <translation>
            <numerusform>Demo health referrals: %n student</numerusform>
            <numerusform>Demo health referrals: %n students</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../app/care-cli/democommand.cpp" line="+131"/>
        <source>Generating demo data: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Schools:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classrooms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Students:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardians:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening results (SDQ):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour incidents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily absences and late arrivals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk levels in the history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Students at risk now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Students with a problem now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created the demo database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts, all with the password “%1” (sign in with CARE_USER and CARE_PASSWORD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creates a new Care database with made-up schools, students, guardians, households, attendance, grades, SDQ screening results, behaviour incidents and risk levels with their history, for trying Care out. The same options always give the same data. An existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new database file (must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of students, 1 to 1,000,000 (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed for the made-up data, a whole number from 0 (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The current academic year in Buddhist Era, e.g. 2569 (default: this year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing option --db FILE: where to create the demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Invalid value “%1” for --seed: give a whole number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The path is a folder; give the name of a new database file. [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file already exists; demo data is only written to a new file. Choose another name or remove the file first. [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The demo database was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCreation</name>
    <message>
        <location filename="../ui/app/democreation.cpp" line="+30"/>
        <source>Demo municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Creating the demo municipality with %Ln student(s)…</source>
        <translation>
            <numerusform>Creating the demo municipality with %Ln student…</numerusform>
            <numerusform>Creating the demo municipality with %Ln students…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Creating the demo municipality stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoRiskText</name>
    <message>
        <location filename="../core/demo/demorisk.cpp" line="+67"/>
        <source>Demo risk levels as of %1: %2 students assessed, %3 changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoText</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="+54"/>
        <source>The demo was cancelled; no file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The number of demo students must be between 1 and %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The academic year must be a Buddhist Era year such as 2569.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file was given for the demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file already exists; a demo is only written to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Demo municipality: %1 schools, %2 classrooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Demo students %1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWordsText</name>
    <message>
        <location filename="../core/demo/demowords.cpp" line="+39"/>
        <source>The demo word list is missing or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditStudentCommand</name>
    <message>
        <location filename="../ui/student/editstudentcommand.cpp" line="+11"/>
        <source>Edit student %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not undo the change to the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not redo the change to the student</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnumText</name>
    <message>
        <location filename="../core/domain/enums.cpp" line="+110"/>
        <source>Child development centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kindergarten to secondary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Studying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>National ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandfather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandmother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lives with both parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives with mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives with father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives with grandparents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives with relatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives in a care institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ECD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Early childhood development centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kindergarten %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/care-cli/exportcommand.cpp" line="+25"/>
        <source>Usage: care-cli export subject --db FILE --student ID --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run “care-cli export subject --help” for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writes everything Care holds about one student (a PDPA subject-access request) into the folder DIR: &lt;record id&gt;-subject-access.json and &lt;record id&gt;-subject-access.pdf, readable by you only. The export is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The student: record id, national ID number or G-code, or student number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An existing folder for the two files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing option --student ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing option --out DIR: the folder for the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder does not exist; create it first. [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This care-cli was built without QtGui, so no PDF was written; the JSON file holds the same information.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCipherText</name>
    <message>
        <location filename="../core/security/fieldcipher.cpp" line="+128"/>
        <location line="+30"/>
        <source>A protected value is stored in an unknown form; it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A protected value is damaged (it is not valid base64).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFiles</name>
    <message>
        <location filename="../ui/privacy/formfiles.cpp" line="+24"/>
        <source>The file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scanned form is larger than 10 MB. Scan it at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No program on this computer opens the form “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralHelp</name>
    <message>
        <location filename="../app/care-cli/generalhelp.cpp" line="+17"/>
        <source>Create a new database filled with realistic demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find students by name, nickname, ID number or student number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show one student&apos;s record (ID: record id, national ID number or G-code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a national ID number or G-code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage user accounts (administrator; director for their school).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change your own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that no audit event was changed or deleted (no sign-in needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List audit events: who did or viewed what, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a checked backup of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a backup&apos;s preview and restore it (--dry-run: only check the backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymise students who left school longer ago than the retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write everything held about one student as JSON and PDF (PDPA subject access).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score one questionnaire (e.g. the SDQ) and show every score and band; no database needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the questionnaires and checklists Care can score, and any instrument file that is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the licensed wording of questionnaires from a wording file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record screening answers in bulk from a CSV file (all rows or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a student&apos;s screening results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record or show a student&apos;s attendance per term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record or show a student&apos;s GPA and failing marks (0, ร, มส) per term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record or show a student&apos;s behaviour incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recompute every student&apos;s risk levels with the rules in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List students at risk or with a problem, and the worklists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a student&apos;s risk levels per domain with the reasons in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count per school who would move between levels under other risk rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the risk rules in force, or activate others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show this help; after a command, that command&apos;s help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of messages and dates (default: from LC_ALL, LC_MESSAGES or LANG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid input, or no record you may see was found (one outside your reach is answered the same way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file or database problem (missing, unreadable, not a Care database, made by a newer version, already exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed in (wrong password, locked, disabled, no user name) or not permitted for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong usage: unknown command or option, missing argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usage: care-cli COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care&apos;s command-line tool: works on a Care database file without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands that read or change records sign in as the user in CARE_USER with the password in CARE_PASSWORD; when either is not set, care-cli asks on the terminal. Each user reaches only what their role and school allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Run “care-cli --help” for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradesCommand</name>
    <message>
        <location filename="../app/care-cli/gradescommand.cpp" line="+27"/>
        <source>Invalid value “%1” for --mark: write SUBJECT=MARK with the mark 0, ร (or r) or มส (or ms), e.g. คณิตศาสตร์=0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Usage: care-cli grades set|list --db FILE …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  set   Record a student&apos;s GPA and failing marks in one term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  list  Show a student&apos;s grades per term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “care-cli grades set --help” or “care-cli grades list --help” for their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Records a student&apos;s grades in one term, replacing what was recorded for it: the GPA (0.00–4.00) and the failing marks, either per subject with --mark (repeat it; the counts follow) or as counts only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record id, or the national ID number or G-code (dashes allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The term&apos;s GPA, 0.00 to 4.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A failing mark of one subject: SUBJECT=0, SUBJECT=ร or SUBJECT=มส.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of 0 marks, without --mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of ร marks, without --mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of มส marks, without --mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid value “%1” for --gpa: give a number from 0.00 to 4.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Grades saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shows a student&apos;s GPA and failing marks per term, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorServiceText</name>
    <message>
        <location filename="../core/services/indicatorservice.cpp" line="+26"/>
        <source>Days enrolled must be from 0 to %1, the length of term %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days absent cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days late cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term %1 has daily absence records: days absent is %2, counted from them. Add or remove daily absences instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Term %1 has daily absence records: days late is %2, counted from them. Add or remove daily late arrivals instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Days absent and late together (%1) are more than the days enrolled (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Term %1 would have %2 days absent or late but only %3 days enrolled. Correct the days enrolled first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Enter the date of the absence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of the absence (%1) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The student already has a daily absence or late arrival on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+16"/>
        <source>No daily absence has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/indicatorservicebehaviour.cpp" line="+19"/>
        <source>No behaviour incident has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the date of the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of the incident (%1) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The date of the incident (%1) is before the student&apos;s birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The note is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/indicatorservicegrades.cpp" line="+28"/>
        <source>Failing mark %1 has no subject name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The subject name “%1…” is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The subject “%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number of %1 must be from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The GPA must be from 0.00 to 4.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ร marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>มส marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The failing-mark counts (%1 × 0, %2 × ร, %3 × มส) do not match the subjects listed (%4 × 0, %5 × ร, %6 × มส).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/indicatorsupport.cpp" line="+10"/>
        <source>Care is locked. Sign in again to read or record notes and screening answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The student is not enrolled in academic year %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a term: no term has the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 falls outside every term of the school calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorText</name>
    <message>
        <location filename="../core/domain/indicators.cpp" line="+94"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0 (fail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ร (incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>มส (not allowed to sit the exam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Truancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disrupting lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bullying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fighting or violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drugs, alcohol or smoking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrying a weapon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vandalism or theft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risky sexual behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaming or internet overuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serious</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentImpactText</name>
    <message>
        <location filename="../core/screening/instrumentimpact.cpp" line="+83"/>
        <source>the wording key &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>give one score for each of the %n choice(s).</source>
        <translation>
            <numerusform>give one score for each of the %n choice.</numerusform>
            <numerusform>give one score for each of the %n choices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstrumentJsonText</name>
    <message>
        <location filename="../core/screening/instrumentjson.cpp" line="+26"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+107"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+95"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+50"/>
        <location line="+36"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-82"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The instrument file %1 is not valid JSON at line %2, column %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The band file %1 is not valid JSON at line %2, column %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The instrument file %1 is not valid at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The band file %1 is not valid at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected %1 but found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown key &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this key is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>the list needs at least %n element(s).</source>
        <translation>
            <numerusform>the list needs at least %n element.</numerusform>
            <numerusform>the list needs at least %n elements.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a valid code: use 1 to 64 lowercase letters, digits, &quot;_&quot;, &quot;-&quot; or &quot;.&quot;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is out of range; expected a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>give the text in Thai (&quot;th&quot;), English (&quot;en&quot;) or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>expected %n choice(s), one for each answer value.</source>
        <translation>
            <numerusform>expected %n choice, one for each answer value.</numerusform>
            <numerusform>expected %n choices, one for each answer value.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstrumentLoaderText</name>
    <message>
        <location filename="../core/screening/instrumentloader.cpp" line="+38"/>
        <source>the version must be 1 to 32 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown respondent &quot;%1&quot;; expected parent, teacher or self.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the lowest age (%1) is above the highest (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the band set &quot;%1&quot; is defined twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no band set &quot;%1&quot;; the instrument has: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The band file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instrument file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The band file %1 is larger than 1 MB; it cannot be one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instrument file %1 is larger than 1 MB; it cannot be one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The band file &quot;%1&quot; must be named relative to the instrument&apos;s folder, without &quot;..&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentOptions</name>
    <message>
        <location filename="../app/care-cli/instrumentoptions.cpp" line="+14"/>
        <source>Also load the instrument files (*.json) of this folder; they replace shipped instruments with the same id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The instrument folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown instrument “%1”; the instruments are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentPartsText</name>
    <message>
        <location filename="../core/screening/instrumentparts.cpp" line="+83"/>
        <source>item number %1 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the wording key &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown domain &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>item %1 is not in the instrument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>item %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the score &quot;%1&quot; is defined twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>there is no subscale &quot;%1&quot;; the subscales are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the subscale &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>up to %1 missing answers would leave the subscale &quot;%2&quot; (%n item(s)) with no answer at all.</source>
        <translation>
            <numerusform>up to %1 missing answers would leave the subscale &quot;%2&quot; (%n item) with no answer at all.</numerusform>
            <numerusform>up to %1 missing answers would leave the subscale &quot;%2&quot; (%n items) with no answer at all.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown rounding &quot;%1&quot;; the only rounding is &quot;half_up&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentRegistryText</name>
    <message>
        <location filename="../core/screening/instrumentregistry.cpp" line="+51"/>
        <source>The instrument folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The instrument file %1 was not loaded: another file of its folder already defines the instrument &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentText</name>
    <message>
        <location filename="../core/screening/instrument.cpp" line="+38"/>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentWordingText</name>
    <message>
        <location filename="../core/services/instrumentwordingservice.cpp" line="+24"/>
        <source>There is no wording to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sign in to read the wording of questionnaires.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentsCommand</name>
    <message>
        <location filename="../app/care-cli/instrumentscommand.cpp" line="+54"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>* the default band set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not loaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: care-cli instruments list [--json] [--instruments DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       care-cli instruments import-wording --db FILE WORDING_FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run “care-cli instruments SUBCOMMAND --help” for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lists the questionnaires and checklists Care can score, with their band sets, and the instrument files that could not be loaded and why (exit code 2 when there are any). Needs no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Installs the licensed wording of questionnaires from a wording file (UTF-8, one text per line: instrument, language th or en, item number or wording key, text, separated by tabs; see docs/instruments.md). For each instrument and language in the file, the stored wording is replaced by the file&apos;s. Needs the right to manage settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wording file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing option --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The wording file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2): %3 added, %4 changed, %5 removed, %6 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFileText</name>
    <message>
        <location filename="../core/security/keyfile.cpp" line="+44"/>
        <source>The key file is damaged (%1); restore it from a backup of this database. Any backup&apos;s key file opens the database with the passwords of that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The key file of this database is missing. The database is encrypted and cannot be opened without it: copy the key file from a backup of this database next to it (same name with “-keys” at the end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not readable at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a Care key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>made by another version of Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>user key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+14"/>
        <source>The key file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The key file could not be written: the disk is full or the file is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageOption</name>
    <message>
        <location filename="../app/care-cli/languageoption.cpp" line="+57"/>
        <source>Missing value after --lang: use th or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown language “%1” for --lang: use th or en.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationText</name>
    <message>
        <location filename="../core/storage/migrations.cpp" line="+85"/>
        <source>Could not upgrade the database to schema version %1; the file was left at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <location filename="../ui/student/moneytext.cpp" line="+19"/>
        <source>%1 baht</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenedFiles</name>
    <message>
        <location filename="../core/io/openedfiles.cpp" line="+52"/>
        <source>The private folder for opened files is a link to another place; Care does not write there. Delete the link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The private folder for opened files cannot be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The private folder for opened files is taken by a file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The private folder for opened files cannot be made private: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The stored form is not a PDF, JPEG or PNG file, so Care does not hand it to another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>The form could not be written to open it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <location filename="../core/security/passwordpolicy.cpp" line="+203"/>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This password is on the list of the most common passwords, which are tried first by anyone guessing. Choose another one; a short sentence is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This password is a run or a repeat of keys (like 12345678, abcdefgh, qwertyui or 11111111) and is guessed at once. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This password is a date, which is easy to guess (a birthday often is). Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The password contains the user name or a part of the person&apos;s name (“%1”), which others know. Choose one without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <location filename="../ui/security/passwordrules.cpp" line="+50"/>
        <source>Use at least %1 characters; a short sentence is easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: weak. Make it longer or mix letters, digits and symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: fair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must not begin or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the password a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user name has 3 to 32 characters: Latin letters, digits, dot, hyphen or underscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the person&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionMatrixText</name>
    <message>
        <location filename="../core/security/permissionmatrix.cpp" line="+83"/>
        <source>The permission matrix is not valid at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected %1 but found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown key &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this key is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <location line="+21"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <source>unknown scope &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+81"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-101"/>
        <source>unknown section &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an array of actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown action &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an array of capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown capability &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The permission matrix is not valid JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown role &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the role &quot;%1&quot; is missing; every role needs an entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainFileText</name>
    <message>
        <location filename="../core/storage/plainfile.cpp" line="+25"/>
        <source>The file is damaged or is not a Care database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+9"/>
        <source>The encrypted copy did not verify, so the file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy was not encrypted, so the file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+11"/>
        <source>The database could not be encrypted: the file could not be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacySettingsText</name>
    <message>
        <location filename="../core/services/privacysettings.cpp" line="+71"/>
        <source>Keep between 1 and 365 backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a folder for the daily backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup folder does not exist. Choose an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The retention period must be a whole number of years from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTables</name>
    <message>
        <location filename="../ui/student/profiletables.cpp" line="+71"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives with student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fail (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incomplete (ร)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Barred (มส)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Absent on 10% or more of the enrolled days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A failing, incomplete or barred mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../ui/app/qtstrings.cpp" line="+29"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+8"/>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-34"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+17"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <location line="+1"/>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-11"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawStatementText</name>
    <message>
        <location filename="../core/storage/rawstatement.cpp" line="+17"/>
        <source>The database connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordArguments</name>
    <message>
        <location filename="../app/care-cli/recordarguments.cpp" line="+19"/>
        <source>The term as number/academic year (Buddhist Era), e.g. 1/2568.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Missing option --term N/YEAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid term “%1”: write the term number and the academic year in Buddhist Era, e.g. 1/2568.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This database has no term %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Missing option --%1 DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid date “%1” for --%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Missing option --%1 N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The record id, or the national ID number or G-code (dashes allowed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFieldText</name>
    <message>
        <location filename="../ui/student/recordfieldtext.cpp" line="+46"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guardian %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (guardian %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1
Changed since: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPrinter</name>
    <message>
        <location filename="../app/care-cli/recordprinter.cpp" line="+72"/>
        <source>No screening results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+98"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Band set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No attendance recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absent %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n daily record(s)</source>
        <translation>
            <numerusform>%n daily record</numerusform>
            <numerusform>%n daily records</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>term totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No grades recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No behaviour incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <location filename="../ui/security/recoverykeysheet.cpp" line="+56"/>
        <location line="+15"/>
        <location line="+26"/>
        <source>Care recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+15"/>
        <source>This key opens the encrypted records of the Care database below when no administrator can sign in. Anyone who has it and a copy of the database can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Made on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>How to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this sheet in a locked place at the municipal office, away from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not photograph it, e-mail it or send it by chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If a new recovery key is made, destroy this sheet: it no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+20"/>
        <source>The file could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+12"/>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyText</name>
    <message>
        <location filename="../core/security/recoverykey.cpp" line="+83"/>
        <source>The recovery key contains &quot;%1&quot;, which is not used in recovery keys. They use the letters A–Z and the digits 2–7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A recovery key has %1 letters and digits (%2 groups of %3); %4 were typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The recovery key has a typing mistake: compare each group with the printed recovery key sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionCommand</name>
    <message>
        <location filename="../app/care-cli/retentioncommand.cpp" line="+43"/>
        <source>Retention: %1 years after leaving school; students who left on or before %2 are anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No student is due. Nothing was changed (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n student(s) would be anonymised. Nothing was changed (--dry-run).</source>
        <translation>
            <numerusform>%n student would be anonymised. Nothing was changed (--dry-run).</numerusform>
            <numerusform>%n students would be anonymised. Nothing was changed (--dry-run).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: care-cli retention run --db FILE [--dry-run] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run “care-cli retention run --help” for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anonymises the students who left school more years ago than the retention setting: names, ID numbers, exact birth date, address, guardians, household details and notes are removed; sex, birth year, school, enrollments, attendance and grades stay, so statistics do not change. With --dry-run, only lists who would be anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only list the students who are due; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Anonymised %n student(s).</source>
        <translation>
            <numerusform>Anonymised %n student.</numerusform>
            <numerusform>Anonymised %n students.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskCommand</name>
    <message>
        <location filename="../app/care-cli/riskcommand.cpp" line="+34"/>
        <source>No school in this database has the code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage: care-cli risk recompute|list|explain|whatif|rules --db FILE …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  recompute      Recompute every student&apos;s risk levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  list           List students at risk or with a problem; worklists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  explain        Show one student&apos;s levels per domain with their reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  whatif         Count who would move between levels under other rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  rules show     Show the risk rules in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  rules activate Put other risk rules in force and recompute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “care-cli risk SUBCOMMAND --help” for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recomputes the risk levels of every student you may recompute (the administrator: all; a counsellor: their school) with the rules in force. A student&apos;s history gets a new entry only when their levels or reasons changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../app/care-cli/riskrulescommand.cpp" line="+121"/>
        <source>Recomputing risk levels: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Assessed %n student(s) with rules %1; %2 changed.</source>
        <translation>
            <numerusform>Assessed %n student with rules %1; %2 changed.</numerusform>
            <numerusform>Assessed %n students with rules %1; %2 changed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lists the studying students at risk or with a problem that you may see, worst first. The worklists: --newly-since DATE (normal on that day, flagged now), --rose (higher than at the end of the last term), --no-case (flagged with no open case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only this level: problem or at-risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this school (its 8-digit code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Students flagged since this day, e.g. 1/6/2568 or 2025-06-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Students whose level rose since last term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Students flagged with no open case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose one of --newly-since, --rose and --no-case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown level “%1”; use problem or at-risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid date “%1” for --newly-since: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No student is on this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n student(s).</source>
        <translation type="unfinished">
            <numerusform>%n student.</numerusform>
            <numerusform>%n students.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shows one student&apos;s risk level overall and per domain, with the reasons in words. Viewing the reasons is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/care-cli/riskrulescommand.cpp" line="-75"/>
        <source>Counts, school by school, how many students would move between the levels normal, at risk and problem if the rules in RULES.json were in force. Changes nothing. For the administrator and municipal officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+60"/>
        <source>A risk rule file (docs/risk-rules.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Comparing the rules: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Shows the risk rules in force; with --json, the rule file itself, ready to edit and try with risk whatif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Puts the rules in RULES.json in force (administrator) and recomputes every student. Changed thresholds need a new version in the file, so that every stored level still names the rules that produced it. Try the file with risk whatif first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rules %1 are in force. Assessed %2 students; %3 changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskEngineText</name>
    <message>
        <location filename="../core/risk/riskengine.cpp" line="+22"/>
        <source>Care is locked. Sign in again to compute risk levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The risk rules in force (%1, version %2) cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskInputText</name>
    <message>
        <location filename="../core/storage/riskinputrepository.cpp" line="+19"/>
        <source>Care is locked. Sign in again to compute risk levels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskLevelText</name>
    <message>
        <location filename="../core/risk/risklevel.cpp" line="+97"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emotional and mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Economic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family and protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Special needs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskOutcomeText</name>
    <message>
        <location filename="../core/risk/riskoutcome.cpp" line="+67"/>
        <source>A stored risk assessment is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskOverviewTable</name>
    <message>
        <location filename="../ui/risk/riskoverviewtable.cpp" line="+14"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskOverviewText</name>
    <message>
        <location filename="../core/risk/riskoverview.cpp" line="+100"/>
        <source>Refused: your role (%1) may not see risk levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Care is locked. Sign in again to see risk levels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskPrinter</name>
    <message>
        <location filename="../app/care-cli/riskprinter.cpp" line="+50"/>
        <source>%1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+74"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+74"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Overall: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(since %1; rules %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nothing has ever flagged this student)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rules in force: %1; candidate: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Would move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Risk rules in force: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are Care&apos;s shipped defaults; no other rules were activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activated on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full rules: care-cli risk rules show --json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskReadText</name>
    <message>
        <location filename="../core/risk/riskservicereads.cpp" line="+21"/>
        <source>Care is locked. Sign in again to read the reasons for risk levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Refused: your role (%1) may not see risk levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter the date from which to look for newly flagged students.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskReasonText</name>
    <message>
        <location filename="../core/risk/reasontext.cpp" line="+83"/>
        <source>%1 (%2, %3): %4 %5, band “%6”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2, %3): %4, band “%5”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>term %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>absent %1 of %2 days in %3, %4% ≥ %5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n failing mark(s) (%1) in %2, %n ≥ %3</source>
        <translation>
            <numerusform>%n failing mark (%1) in %2, %n ≥ %3</numerusform>
            <numerusform>%n failing marks (%1) in %2, %n ≥ %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GPA %1 in %2 &lt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n minor behaviour incident(s) in %1, %n ≥ %2</source>
        <translation>
            <numerusform>%n minor behaviour incident in %1, %n ≥ %2</numerusform>
            <numerusform>%n minor behaviour incidents in %1, %n ≥ %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n serious behaviour incident(s) in %1: %2</source>
        <translation>
            <numerusform>%n serious behaviour incident in %1: %2</numerusform>
            <numerusform>%n serious behaviour incidents in %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>household income %1 baht a month for %2 people: %3 baht each ≤ %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n domain(s) with a problem: %1</source>
        <translation>
            <numerusform>%n domain with a problem: %1</numerusform>
            <numerusform>%n domains with a problem: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n domain(s) at risk or worse: %1</source>
        <translation>
            <numerusform>%n domain at risk or worse: %1</numerusform>
            <numerusform>%n domains at risk or worse: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskServiceText</name>
    <message>
        <location filename="../core/risk/riskservice.cpp" line="+157"/>
        <source>Rules “%1” version %2 were already used with other thresholds. Give the changed rules a new version, so that every stored level still names the rules that produced it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rules “%1” version %2 are already in force.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskWhatIfText</name>
    <message>
        <location filename="../core/risk/riskwhatif.cpp" line="+132"/>
        <source>The comparison was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowMappingText</name>
    <message>
        <location filename="../core/storage/rowmapping.cpp" line="+280"/>
        <source>The household circumstances are damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The household circumstances are still stored unprotected; the administrator must finish setting up this database first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowText</name>
    <message>
        <location filename="../core/storage/tablerow.cpp" line="+134"/>
        <location line="+25"/>
        <source>The record was not found; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleSetText</name>
    <message>
        <location filename="../core/risk/rulesetloader.cpp" line="+37"/>
        <source>the rule overlaps rule &quot;%1&quot;: both judge &quot;%2&quot; in the same domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an object with &quot;th&quot; and &quot;en&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+72"/>
        <location filename="../core/risk/rulesetreader.cpp" line="+153"/>
        <location filename="../core/risk/rulesetrules.cpp" line="+52"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-65"/>
        <location filename="../core/risk/rulesetreader.cpp" line="+31"/>
        <source>unknown domain &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a non-empty array of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>the rule id &quot;%1&quot; is used twice; reasons name rules by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The risk rule set is not valid JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The risk rule file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The risk rule file is larger than 1 MB; it is not a rule set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/risk/rulesetreader.cpp" line="-147"/>
        <source>The risk rule set is not valid at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected %1 but found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown key &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/risk/rulesetrules.cpp" line="+93"/>
        <source>this key is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the rule names &quot;%1&quot;: sex, ethnicity, religion and nationality may never be inputs of a risk rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is out of range; allowed are %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown level &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/risk/rulesetrules.cpp" line="-79"/>
        <source>unknown signal &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the rule has no threshold; give &quot;at_risk&quot;, &quot;problem&quot; or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the at-risk and problem thresholds overlap: both are %1, so no value would be at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the thresholds are not monotonic: the problem threshold (%1) must be above the at-risk threshold (%2) for &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the thresholds are not monotonic: the problem threshold (%1) must be below the at-risk threshold (%2) for &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown mark &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown respondent &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an object of band codes and levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown living arrangement &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the rule lists no arrangement; give &quot;at_risk&quot;, &quot;problem&quot; or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the levels overlap: &quot;%1&quot; is listed both as at risk and as a problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaCheckText</name>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="+41"/>
        <location line="+50"/>
        <source>The database&apos;s structure could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The database holds a %1 “%2” that Care did not make: the file was changed outside Care and was not opened. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolDirectoryText</name>
    <message>
        <location filename="../core/services/schooldirectory.cpp" line="+20"/>
        <source>No school you may see has this id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <location filename="../app/care-cli/scorecommand.cpp" line="+64"/>
        <source>Band set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missing answers: items %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scores one questionnaire and prints every score and its band. Answers are given in item order, separated by commas, with - for a missing answer. Needs no database and no sign-in; “care-cli instruments list” shows the instruments and their band sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The instrument, e.g. sdq-parent-4-17, sdq-teacher-4-17 or sdq-self-11-17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The band set for the levels, e.g. th or uk (default: the instrument&apos;s, th for the SDQ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One answer per item in item order, e.g. &quot;2,1,0,-,2,…&quot; (25 values for the SDQ: 0 not true, 1 somewhat true, 2 certainly true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The impact supplement: the answer about difficulties (0 no, 1 minor, 2 definite, 3 severe), then one answer per impact item (0 not at all, 1 only a little, 2 quite a lot, 3 a great deal), e.g. &quot;0&quot; or &quot;2,1,2,0,-,3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Missing option --instrument ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing option --answers LIST.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringText</name>
    <message>
        <location filename="../core/screening/scoring.cpp" line="+88"/>
        <source>The instrument %1 has no impact supplement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer to the impact question about difficulties is %1; answers go from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The impact supplement of %1 has %n item(s), but %2 answers were given.</source>
        <translation>
            <numerusform>The impact supplement of %1 has %n item, but %2 answers were given.</numerusform>
            <numerusform>The impact supplement of %1 has %n items, but %2 answers were given.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer to impact item %1 is %2; answers go from 0 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The instrument %1 has %n item(s), but %2 answers were given.</source>
        <translation>
            <numerusform>The instrument %1 has %n item, but %2 answers were given.</numerusform>
            <numerusform>The instrument %1 has %n items, but %2 answers were given.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer to item %1 is %2; answers go from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The instrument %1 has no band set &quot;%2&quot;; it has: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenCommand</name>
    <message>
        <location filename="../app/care-cli/screencommand.cpp" line="+33"/>
        <source>Usage: care-cli screen import|list --db FILE …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  import  Record screening answers in bulk from a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  list    Show one student&apos;s screening results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “care-cli screen import --help” or “care-cli screen list --help” for their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Records the screening answers of a CSV file (UTF-8, one questionnaire per row; columns student, instrument, date, i1 … i25 and optional respondent, band_set, difficulties, impact1 …, age_reason; see docs/import-formats.md). Every row is checked first: when one is wrong, the problems are listed by row and column and nothing is written. Otherwise all rows are saved in one step; a row for a student, form and date already recorded replaces that result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing option --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1 screening results (%2 new, %3 replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shows a student&apos;s screening results, newest first: form, respondent, date, scores and bands. Viewing them is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningBatchText</name>
    <message>
        <location filename="../core/services/screeningbatch.cpp" line="+35"/>
        <source>The same student is entered twice for this form and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No class you may see has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Unknown instrument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the date of the screening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The student is not in the class %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningContentText</name>
    <message>
        <location filename="../core/services/screeningcontent.cpp" line="+47"/>
        <source>A stored screening result is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningImportRowText</name>
    <message>
        <location filename="../core/services/screeningimportrows.cpp" line="+68"/>
        <source>the instrument is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown instrument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a respondent; use parent, teacher or self.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the student is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>several students have the student number “%1”; use the ID number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no student you may see has the id, ID number or student number “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not an answer to %2: give %3 to %4, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the column is missing; %1 has items 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the difficulties question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>impact item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no impact supplement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has %2 impact items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no item %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown column; see docs/import-formats.md for the columns of a screening import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the column appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the column is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningImportText</name>
    <message>
        <location filename="../core/services/screeningimport.cpp" line="+26"/>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The file has no rows under its header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningLabels</name>
    <message>
        <location filename="../ui/screening/screeninglabels.cpp" line="+25"/>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+28"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningServiceText</name>
    <message>
        <location filename="../core/services/screeningservice.cpp" line="+32"/>
        <source>No screening result has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown instrument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The form %1 is answered by “%2”, not by “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the date of the screening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The screening date (%1) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The screening date (%1) is before the student&apos;s birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No item of the form %1 was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The student is %1 years old on %2, outside the ages %3–%4 of the form %5. Give a reason to record the screening anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reason for the age is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+42"/>
        <source>The student already has a result of %1 on %2. Edit that result instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningStorageText</name>
    <message>
        <location filename="../core/storage/screeningrepository.cpp" line="+83"/>
        <source>A stored screening summary is damaged at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityText</name>
    <message>
        <location filename="../core/security/roles.cpp" line="+112"/>
        <source>System administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipal officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homeroom teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home-visit coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Identity and school record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family and household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShownCount</name>
    <message>
        <location filename="../core/risk/showncount.cpp" line="+23"/>
        <source>fewer than 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5 or more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteDriverText</name>
    <message>
        <location filename="../core/storage/sqlitedriver.cpp" line="+58"/>
        <source>The database connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database file could not be encrypted with the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The connection option “%1” is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>The database file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The database file cannot be read with this key, or it is not a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The transaction could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The transaction could not be committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The transaction could not be rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteFileText</name>
    <message>
        <location filename="../core/storage/sqlitefile.cpp" line="+31"/>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “%1” cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “%1” is damaged or is not a Care database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteResultText</name>
    <message>
        <location filename="../core/storage/sqliteresult.cpp" line="+83"/>
        <source>The database connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only one SQL statement can be run at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The SQL statement could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The statement has %1 parameters but %2 values were bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A value could not be bound to the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No SQL statement was prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The SQL statement could not be run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The next row could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ui/app/startup.cpp" line="+18"/>
        <source>The database given on the command line could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database used last time is no longer there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database used last time could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <location filename="../core/storage/sqlerror.cpp" line="+16"/>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file is read-only; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file is damaged or is not a Care database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record conflicts with one already saved (a duplicate or a missing link); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database could not complete the operation; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentDirectoryText</name>
    <message>
        <location filename="../core/services/studentdirectory.cpp" line="+43"/>
        <source>No student you may see has the ID number, student number or record id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Several schools use the student number “%1”. Enter the student&apos;s national ID number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Enter the student&apos;s national ID number or student number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentFieldText</name>
    <message numerus="yes">
        <location filename="../core/services/studentfieldwrites.cpp" line="+29"/>
        <source>Nothing was saved: %n field(s) you changed were changed by someone else after you opened the student&apos;s record.</source>
        <translation>
            <numerusform>Nothing was saved: %n field you changed was changed by someone else after you opened the student&apos;s record.</numerusform>
            <numerusform>Nothing was saved: %n fields you changed were changed by someone else after you opened the student&apos;s record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Nothing was undone: %n field(s) of this change were changed again since.</source>
        <translation>
            <numerusform>Nothing was undone: %n field of this change was changed again since.</numerusform>
            <numerusform>Nothing was undone: %n fields of this change were changed again since.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Nothing was redone: %n field(s) of this change were changed again since.</source>
        <translation>
            <numerusform>Nothing was redone: %n field of this change was changed again since.</numerusform>
            <numerusform>Nothing was redone: %n fields of this change were changed again since.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The change names two different students; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentFinder</name>
    <message>
        <location filename="../ui/privacy/studentfinder.cpp" line="+22"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentPrinter</name>
    <message>
        <location filename="../app/care-cli/studentprinter.cpp" line="+27"/>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nickname %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Student number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+83"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives with student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 baht a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Living arrangement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+45"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Homeroom teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks 0 / inc. / barred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance and grades by term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentRemoveText</name>
    <message numerus="yes">
        <location filename="../core/services/studentremoveadded.cpp" line="+28"/>
        <source>%n screening result(s)</source>
        <translation>
            <numerusform>%n screening result</numerusform>
            <numerusform>%n screening results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n daily absence(s) or late arrival(s)</source>
        <translation>
            <numerusform>%n daily absence or late arrival</numerusform>
            <numerusform>%n daily absences or late arrivals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n term attendance record(s)</source>
        <translation>
            <numerusform>%n term attendance record</numerusform>
            <numerusform>%n term attendance records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n term grade record(s)</source>
        <translation>
            <numerusform>%n term grade record</numerusform>
            <numerusform>%n term grade records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n behaviour incident(s)</source>
        <translation>
            <numerusform>%n behaviour incident</numerusform>
            <numerusform>%n behaviour incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n risk level(s) in the history</source>
        <translation>
            <numerusform>%n risk level in the history</numerusform>
            <numerusform>%n risk levels in the history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n current risk level(s)</source>
        <translation>
            <numerusform>%n current risk level</numerusform>
            <numerusform>%n current risk levels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n consent decision(s)</source>
        <translation>
            <numerusform>%n consent decision</numerusform>
            <numerusform>%n consent decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n access grant(s) outside scope</source>
        <translation>
            <numerusform>%n access grant outside scope</numerusform>
            <numerusform>%n access grants outside scope</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n care assignment(s)</source>
        <translation>
            <numerusform>%n care assignment</numerusform>
            <numerusform>%n care assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n attached file</numerusform>
            <numerusform>%n attached files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n enrollment(s) in another class</source>
        <translation>
            <numerusform>%n enrollment in another class</numerusform>
            <numerusform>%n enrollments in another class</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n guardian link(s) made since</source>
        <translation>
            <numerusform>%n guardian link made since</numerusform>
            <numerusform>%n guardian links made since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n other record(s) (%1)</source>
        <translation>
            <numerusform>%n other record (%1)</numerusform>
            <numerusform>%n other records (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Adding %1 cannot be undone because other records now refer to the student: %2. Nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Adding %1 cannot be undone because %n field(s) of the student&apos;s record were changed since. Nothing was removed.</source>
        <translation>
            <numerusform>Adding %1 cannot be undone because %n field of the student&apos;s record was changed since. Nothing was removed.</numerusform>
            <numerusform>Adding %1 cannot be undone because %n fields of the student&apos;s record were changed since. Nothing was removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentRepositoryText</name>
    <message>
        <location filename="../core/storage/studentrepository.cpp" line="+88"/>
        <source>Care is locked. Sign in again to read or change household income and circumstances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No student has this record id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentServiceText</name>
    <message>
        <location filename="../core/services/studentservice.cpp" line="+47"/>
        <source>Another student already has this ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>guardian %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The student&apos;s record id is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The classroom belongs to another school than the student&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentTerms</name>
    <message>
        <location filename="../ui/screening/studentterms.cpp" line="+19"/>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentsCommand</name>
    <message>
        <location filename="../app/care-cli/studentscommand.cpp" line="+38"/>
        <source>Usage: care-cli students search|show --db FILE …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  search  Find students by name, nickname, ID number or student number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  show    Show one student&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “care-cli students search --help” or “care-cli students show --help” for their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finds students whose name, nickname, ID number or student number contains QUERY (at least 3 characters match anywhere; 1–2 characters match the start). Without QUERY, lists the students that match the other options, in name order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text to look for, e.g. part of a surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this school (its 8-digit code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only students with this status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most N students (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+87"/>
        <source>Missing option --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Unknown status “%1”; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No school in this database has the code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No student matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing %1 of %2 students; use --limit to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n student(s).</source>
        <translation>
            <numerusform>%n student.</numerusform>
            <numerusform>%n students.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shows one student&apos;s record: identity, guardians, household, enrollment history, and attendance and grades per term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record id, or the national ID number or G-code (dashes allowed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Subcommands</name>
    <message>
        <location filename="../app/care-cli/subcommands.cpp" line="+21"/>
        <source>Missing subcommand: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown subcommand “%1”: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “care-cli %1 --help” for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccessExport</name>
    <message>
        <location filename="../ui/privacy/subjectaccessexport.cpp" line="+32"/>
        <source>The JSON file was written, but the PDF was not: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccessPdf</name>
    <message>
        <location filename="../reports/subjectaccesshtml.cpp" line="+74"/>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+92"/>
        <source>Nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+8"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>School days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incomplete (ร)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed (มส)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives with the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly income (baht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Living arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Access outside the usual scope (break-the-glass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who worked with or viewed this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Personal data held by Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of everything Care holds about one student, prepared at the request of the student or their guardian under the Personal Data Protection Act B.E. 2562 (2019).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepared on %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/subjectaccesspdf.cpp" line="+30"/>
        <source>The PDF could not be made: this program has no graphical text engine running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder to export into does not exist. Choose an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export has no student record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PDF file could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Subject access report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PDF could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectExportText</name>
    <message>
        <location filename="../core/services/subjectexport.cpp" line="+77"/>
        <source>Care is locked. Sign in again to export sealed information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The folder to export into does not exist. Choose an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export has no student record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export file could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedPromptText</name>
    <message>
        <location filename="../ui/screening/unsavedprompt.cpp" line="+15"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserArguments</name>
    <message>
        <location filename="../app/care-cli/userarguments.cpp" line="+34"/>
        <source>Unknown role “%1”; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No school in this database has the code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Classrooms belong to a school: give --school CODE with --classroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The school has no classroom “%1” this academic year; its classrooms are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No user you manage has the user name “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No new password given: set CARE_NEW_PASSWORD, or run care-cli in a terminal to type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the new password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No new password given; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserPrinter</name>
    <message>
        <location filename="../app/care-cli/userprinter.cpp" line="+48"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classrooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <location filename="../app/care-cli/userscommand.cpp" line="+51"/>
        <source>Usage: care-cli users add|list|disable|enable|reset-password|password --db FILE …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  add             Add a user with a role (and school and classrooms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  list            List the users you manage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  disable         Stop a user from signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  enable          Let a disabled user sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  reset-password  Give a user a temporary password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  password        Change your own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You sign in as CARE_USER with CARE_PASSWORD (or are asked on the terminal). New passwords come from CARE_NEW_PASSWORD or are typed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “care-cli users SUBCOMMAND --help” for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adds a user. School roles (director, counsellor, teacher, visitor, nurse) need --school; teachers and home-visit coordinators get their classrooms with --classroom, once per classroom. The password is taken from CARE_NEW_PASSWORD or typed twice; it needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in name: 3 to 32 of a-z, 0-9, dot, dash, underscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name shown in Care and in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user&apos;s school (its 8-digit code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A classroom of the school this academic year: its name as shown in the language of the messages (“ป.4/1” in Thai, “P.4/1” in English), its grade code (“P4/1”) or its record id; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missing option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Added user %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists the users you manage: all of them for the administrator, those of your school for a director.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n user.</numerusform>
            <numerusform>%n users.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stops a user from signing in and deletes their key slot. Their records and audit trail stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enables a disabled user again; they sign in after “users reset-password” gives them a new temporary password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enabled user %1. Their key slot was deleted when they were disabled: give them a temporary password with “care-cli users reset-password” so they can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+28"/>
        <source>The user&apos;s sign-in name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Disabled user %1: they can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gives a user a temporary password (from CARE_NEW_PASSWORD or typed twice) that they must change when they next sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Set a temporary password for %1; they must change it when they next sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changes the password of the user who signs in (CARE_USER, CARE_PASSWORD) to the new one from CARE_NEW_PASSWORD or typed twice. A temporary password set by an administrator must be changed this way (or in Care) before any other work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Changed the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateIdCommand</name>
    <message>
        <location filename="../app/care-cli/validateidcommand.cpp" line="+15"/>
        <source>Checks a 13-digit national ID number (with its check digit) or a G-code (G followed by 12 digits). Dashes and spaces are allowed. Prints the kind and the formatted number, or why it is not valid (exit code 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number to check, e.g. 1-2345-67890-12-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not a valid ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationText</name>
    <message>
        <location filename="../core/domain/validation.cpp" line="+60"/>
        <source>The national ID number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A national ID number may contain only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A national ID number has 13 digits; this one has %n.</source>
        <translation>
            <numerusform>A national ID number has 13 digits; this one has %n.</numerusform>
            <numerusform>A national ID number has 13 digits; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check digit is wrong: the last digit should be %1. Please re-check the number on the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A G-code is the letter G followed by 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose the student&apos;s school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An ID number was entered but the ID type is &quot;no ID number&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The student number may contain only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birth date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date makes the student older than 30; check the year (Buddhist Era years are 543 more than Christian Era years).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A postcode has 5 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The guardian&apos;s first name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The phone number should have 9 or 10 digits, e.g. 081-234-5678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A household has between 1 and 30 members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The monthly income must be between 0 and 10,000,000 baht.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatIfTable</name>
    <message>
        <location filename="../ui/risk/whatiftable.cpp" line="+23"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Would move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>With these thresholds %Ln student(s) would change level, of %1 assessed.</source>
        <translation>
            <numerusform>With these thresholds %Ln student would change level, of %1 assessed.</numerusform>
            <numerusform>With these thresholds %Ln students would change level, of %1 assessed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordingText</name>
    <message>
        <location filename="../core/screening/wording.cpp" line="+30"/>
        <source>The wording file %1 is not valid at line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>the line has %n field(s) separated by tabs; expected 4: instrument, language, item, text.</source>
        <translation>
            <numerusform>the line has %n field separated by tabs; expected 4: instrument, language, item, text.</numerusform>
            <numerusform>the line has %n fields separated by tabs; expected 4: instrument, language, item, text.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown instrument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown language &quot;%1&quot;; use th or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the instrument %1 has no item %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the instrument %1 has no item or wording key &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the line is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the text of %1 in %2 for %3 was already given on line %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The wording file %1 has no wording lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The wording file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The wording file %1 is larger than 4 MB; it cannot be one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorklistTable</name>
    <message>
        <location filename="../ui/risk/worklisttable.cpp" line="+18"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteText</name>
    <message>
        <location filename="../core/storage/writescope.cpp" line="+141"/>
        <source>The change was not saved: the database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The change was not saved because the write had already ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::SchoolRepository</name>
    <message>
        <location filename="../core/storage/schoolrepository.cpp" line="+53"/>
        <source>The school was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/schooldirectory.cpp" line="+111"/>
        <location filename="../core/storage/schoolrepository.cpp" line="+71"/>
        <source>The classroom was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::AboutDialog</name>
    <message>
        <location filename="../ui/mainwindow/aboutdialog.cpp" line="+59"/>
        <source>About Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Student care and dropout prevention for municipal schools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai text is shown in the Noto Sans Thai font (Copyright Google LLC), licensed under the SIL Open Font License, version 1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Font licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::AccessGrantLogDialog</name>
    <message>
        <location filename="../ui/privacy/accessgrantlogdialog.cpp" line="+85"/>
        <source>%1 (still open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody opened a record outside their scope in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record opening(s) outside scope.</source>
        <translation>
            <numerusform>%Ln record opening outside scope.</numerusform>
            <numerusform>%Ln record openings outside scope.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Break-the-glass log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::AccountScreens</name>
    <message>
        <location filename="../ui/security/accountscreens.cpp" line="+99"/>
        <source>This is the demo database. Its users (admin, officer, director, counsellor, teacher, visitor, nurse) all have the password &quot;demo&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+145"/>
        <source>You signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::AddUserDialog</name>
    <message>
        <location filename="../ui/security/adduserdialog.cpp" line="+204"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: somchai.k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No class ticked: this user sees no students until classes are assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::AddressSection</name>
    <message>
        <location filename="../ui/student/addresssection.cpp" line="+91"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;House number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Moo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Village number (หมู่ที่)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Co&amp;mmunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Road / lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bdistrict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;vince</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post&amp;code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::AttendanceDialog</name>
    <message>
        <location filename="../ui/screening/attendancedialog.cpp" line="+145"/>
        <source>Attendance of term %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attendance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days &amp;enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days &amp;absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days &amp;late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This term has daily records: days absent and late are counted from them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::AuditChainCheck</name>
    <message>
        <location filename="../ui/privacy/auditchaincheck.cpp" line="+76"/>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking every event of the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The check did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>OK: the audit trail is intact. %Ln event(s) checked; none was changed, removed or inserted.</source>
        <translation>
            <numerusform>OK: the audit trail is intact. %Ln event checked; none was changed, removed or inserted.</numerusform>
            <numerusform>OK: the audit trail is intact. %Ln events checked; none was changed, removed or inserted.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit trail has been tampered with. First bad event: number %1. %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>It reads: %1, %2, %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks that no event of the audit trail was changed, removed or inserted afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::AuditFilterBar</name>
    <message>
        <location filename="../ui/privacy/auditfilterbar.cpp" line="+90"/>
        <location line="+97"/>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-89"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No student you may see matches “%1”. Enter a national ID number, a student number or part of a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number, student number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several students match: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::AuditViewerDialog</name>
    <message>
        <location filename="../ui/privacy/auditviewerdialog.cpp" line="+117"/>
        <source>No events match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln event(s).</source>
        <translation>
            <numerusform>%Ln event.</numerusform>
            <numerusform>%Ln events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The newest %Ln event(s); older ones follow with “Load more”.</source>
        <translation>
            <numerusform>The newest %Ln event; older ones follow with “Load more”.</numerusform>
            <numerusform>The newest %Ln events; older ones follow with “Load more”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (outside scope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::AutoBackup</name>
    <message>
        <location filename="../ui/privacy/autobackup.cpp" line="+51"/>
        <source>Automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::AutoLockDialog</name>
    <message>
        <location filename="../ui/security/autolockdialog.cpp" line="+48"/>
        <source>Auto-lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care locks itself when nobody has used it for a while, so that records are not left open on an unattended screen. This setting is kept for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::BackupSettingsDialog</name>
    <message>
        <location filename="../ui/privacy/backupsettingsdialog.cpp" line="+93"/>
        <source>The backup settings were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care backups (*.care)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Backed up to %1: %Ln student(s), checked and complete.</source>
        <translation>
            <numerusform>Backed up to %1: %Ln student, checked and complete.</numerusform>
            <numerusform>Backed up to %1: %Ln students, checked and complete.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backing up… Care stays usable meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No backups in this folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln backup(s) in this folder; the newest is from %1.</source>
        <translation>
            <numerusform>%Ln backup in this folder; the newest is from %1.</numerusform>
            <numerusform>%Ln backups in this folder; the newest is from %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder on another disk or a USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> newest backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up &amp;automatically once a day while an administrator is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::BehaviourDialog</name>
    <message>
        <location filename="../ui/screening/behaviourdialog.cpp" line="+125"/>
        <source>Remove incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the incident of %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Behaviour: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No behaviour incidents recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::BirthDateEdit</name>
    <message numerus="yes">
        <location filename="../ui/student/birthdateedit.cpp" line="+58"/>
        <source>%1 (%n years old)</source>
        <translation>
            <numerusform>%1 (%n year old)</numerusform>
            <numerusform>%1 (%n years old)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>day/month/year, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::BreakGlassDialog</name>
    <message numerus="yes">
        <location filename="../ui/privacy/breakglassdialog.cpp" line="+67"/>
        <source>Give the reason you need this record, in at least %n characters.</source>
        <translation>
            <numerusform>Give the reason you need this record, in at least %n character.</numerusform>
            <numerusform>Give the reason you need this record, in at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open a record outside my scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this only when a child needs help now and the record is not one you normally see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student&apos;s national &amp;ID number or student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Reason (at least %n characters)</source>
        <translation>
            <numerusform>&amp;Reason (at least %n character)</numerusform>
            <numerusform>&amp;Reason (at least %n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Your access, with your name and this reason, is logged and shown to the school director. It lasts %n hour(s).</source>
        <translation>
            <numerusform>Your access, with your name and this reason, is logged and shown to the school director. It lasts %n hour.</numerusform>
            <numerusform>Your access, with your name and this reason, is logged and shown to the school director. It lasts %n hours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/security/changepassworddialog.cpp" line="+77"/>
        <source>Choose a password different from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, your password was set by an administrator. Choose your own password before you continue; nobody else should know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the password of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::ClassGridChooser</name>
    <message>
        <location filename="../ui/screening/classgridchooser.cpp" line="+79"/>
        <source>Your role (%1) does not record screenings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1 (%n student(s))</source>
        <translation>
            <numerusform>%1 (%n student)</numerusform>
            <numerusform>%1 (%n students)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have no classes to screen in this academic year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>&amp;Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::ClassGridDialog</name>
    <message>
        <location filename="../ui/screening/classgriddialog.cpp" line="+106"/>
        <source>Enter the date of the screening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The class %1 has no students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Age outside the form&apos;s range</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 %n student(s) are outside the ages %2–%3 of this form. Why are they screened with it?</source>
        <translation>
            <numerusform>%1 %n student is outside the ages %2–%3 of this form. Why is this student screened with it?</numerusform>
            <numerusform>%1 %n students are outside the ages %2–%3 of this form. Why are they screened with it?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was saved: give a reason for screening children outside the form&apos;s ages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved on %1: %2 new, %3 replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The answers typed into this sheet are not saved yet. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 of %2 answers entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screen a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type each answer (0, 1, 2…): the cursor moves on by itself, to the next student after the last item. “-” or space: missing. Backspace: clear. Enter: next student. Ctrl+S: save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::ClassGridModel</name>
    <message numerus="yes">
        <location filename="../ui/screening/classgridcells.cpp" line="+52"/>
        <source>%1 is %n years old, outside the ages %2–%3 of this form.</source>
        <translation>
            <numerusform>%1 is %n year old, outside the ages %2–%3 of this form.</numerusform>
            <numerusform>%1 is %n years old, outside the ages %2–%3 of this form.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+63"/>
        <location line="+27"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Marked as missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No answers: the stored result stays as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n missing</source>
        <translation>
            <numerusform> · %n missing</numerusform>
            <numerusform> · %n missing</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::ClassGridView</name>
    <message>
        <location filename="../ui/screening/classgridview.cpp" line="+98"/>
        <source>Answers to this item are %1 to %2; “-” or space marks one as missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::ConsentBox</name>
    <message>
        <location filename="../ui/privacy/consentbox.cpp" line="+85"/>
        <source>The consent decisions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not a guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A former guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Never asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scanned form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::ConsentDecisionDialog</name>
    <message>
        <location filename="../ui/privacy/consentdecisiondialog.cpp" line="+100"/>
        <source>Scanned consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned forms (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+64"/>
        <source>No scanned form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Record a consent decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&amp;ate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a guardian (e.g. the student, aged 20 or over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional. Kept encrypted; shown only to those who may see the family section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::DailyAbsenceBox</name>
    <message>
        <location filename="../ui/screening/dailyabsencebox.cpp" line="+146"/>
        <source>Daily absences of this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove chosen day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::DatabaseChoices</name>
    <message>
        <location filename="../ui/widgets/databasechoices.cpp" line="+54"/>
        <source>Which database should Care use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a database file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Care database (.care) made on this or another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start your municipality&apos;s own records from nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the demo municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made-up schools and students to try Care out. No real person&apos;s data is in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::DayEdit</name>
    <message>
        <location filename="../ui/privacy/dayedit.cpp" line="+46"/>
        <source>day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::FirstRunDialog</name>
    <message>
        <location filename="../ui/app/firstrundialog.cpp" line="+49"/>
        <source>Welcome to Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care keeps track of the students of your municipality&apos;s schools, so that children at risk of leaving school are found and helped in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::GradesDialog</name>
    <message>
        <location filename="../ui/screening/gradesdialog.cpp" line="+179"/>
        <source>“%1” is not a GPA. Type a number from 0.00 to 4.00, such as 2.75, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Grades of term %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grades: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;GPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0.00–4.00, empty when none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failing marks by &amp;subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks of &amp;0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks of ร (&amp;incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks of มส (&amp;not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The counts follow the subjects listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::GuardianEditDialog</name>
    <message>
        <location filename="../ui/student/guardianeditdialog.cpp" line="+101"/>
        <source>Still needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Edit guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Relation to the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary &amp;contact for the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Li&amp;ves with the student</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::GuardianListSection</name>
    <message>
        <location filename="../ui/student/guardianlistsection.cpp" line="+111"/>
        <source>%1 (primary contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>lives with the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lives elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No guardians yet. Add the parents, or whoever looks after the student.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::HouseholdSection</name>
    <message>
        <location filename="../ui/student/householdsection.cpp" line="+70"/>
        <source>Write the monthly income in whole baht, e.g. 12,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+23"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;embers (people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly &amp;income (baht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>whole household, e.g. 9,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Income per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives &amp;with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::IncidentDialog</name>
    <message>
        <location filename="../ui/screening/incidentdialog.cpp" line="+115"/>
        <source>New behaviour incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Behaviour incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was seen, and what was done (staff only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::LockScreen</name>
    <message>
        <location filename="../ui/security/lockscreen.cpp" line="+125"/>
        <source>Care is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Care locked itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>Care locked itself after %n minute without use.</numerusform>
            <numerusform>Care locked itself after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care was locked. Nothing is shown until you unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your &amp;password to continue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::MainActions</name>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="+103"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;student…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit student…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schools and classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Auto-lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ad&amp;ministration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+231"/>
        <source>Select a student in the list to see the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 – Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln student</numerusform>
            <numerusform>%Ln students</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The database was restored from a backup. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::NavigationPanel</name>
    <message>
        <location filename="../ui/mainwindow/navigationpanel.cpp" line="+93"/>
        <location line="+2"/>
        <source>Academic year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::NewPasswordFields</name>
    <message>
        <location filename="../ui/security/newpasswordfields.cpp" line="+90"/>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::PrivacyActions</name>
    <message>
        <location filename="../ui/privacy/privacyactions.cpp" line="+126"/>
        <source>Daily backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a record &amp;outside my scope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Break-the-glass log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bac&amp;kups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;etention…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::RecomputeDialog</name>
    <message>
        <location filename="../ui/risk/recomputedialog.cpp" line="+21"/>
        <source>Recomputing the risk levels of every student you may reach, with the rules in force…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recompute risk levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 of %2 students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working… You can go on using Care meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling after the current batch of students…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The recompute did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Cancelled. %Ln student(s) were recomputed before that; their levels are kept.</source>
        <translation>
            <numerusform>Cancelled. %Ln student was recomputed before that; their level is kept.</numerusform>
            <numerusform>Cancelled. %Ln students were recomputed before that; their levels are kept.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Done: %Ln student(s) recomputed; the level changed for %1. Rules: %2.</source>
        <translation>
            <numerusform>Done: %Ln student recomputed; the level changed for %1. Rules: %2.</numerusform>
            <numerusform>Done: %Ln students recomputed; the level changed for %1. Rules: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>care::ui::RecoveryDialog</name>
    <message>
        <location filename="../ui/security/recoverydialog.cpp" line="+108"/>
        <source>Recover access with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the recovery key from the sheet printed when Care was set up, the user name whose password is lost and a new password for that user. The use of the recovery key is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set password and &amp;sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::RecoveryKeyDialog</name>
    <message>
        <location filename="../ui/security/recoverykeydialog.cpp" line="+47"/>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::RecoveryKeyPage</name>
    <message>
        <location filename="../ui/security/recoverykeypage.cpp" line="+102"/>
        <source>Care recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovery key was sent to the printer. Check that the sheet came out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>care-recovery-key.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>care-recovery-key.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery key as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery key as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved to %1. Move the file to a USB stick kept in a safe place and delete it from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If every administrator password is lost, this key is the only way to open the encrypted records again. It is shown only now. Print it, or save it and keep the file on a USB stick in a safe place, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have printed or stored this key in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::ResetPasswordDialog</name>
    <message>
        <location filename="../ui/security/resetpassworddialog.cpp" line="+69"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a temporary password for %1. Give it to them in person; they must choose their own password when they next sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::RestoreDialog</name>
    <message>
        <location filename="../ui/privacy/restoredialog.cpp" line="+96"/>
        <source>Backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care backups (*.care);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This backup is of another municipality (%1), not of the open database. Care will not restore it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replace everything in the open database with the backup of %1?

The current content is saved next to the database first. Everyone must sign in again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+52"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Restoring… Do not close Care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup was restored. The content from before is kept in “%1”.

Care will now reopen the database; sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::RetentionDialog</name>
    <message>
        <location filename="../ui/privacy/retentiondialog.cpp" line="+117"/>
        <source>No student left school on or before %1: nothing to anonymise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln student(s) left school on or before %1. Anonymising removes their names, ID numbers, exact birth dates, addresses, guardians, notes and forms; counts and statistics stay.</source>
        <translation>
            <numerusform>%Ln student left school on or before %1. Anonymising removes their names, ID numbers, exact birth dates, addresses, guardians, notes and forms; counts and statistics stay.</numerusform>
            <numerusform>%Ln students left school on or before %1. Anonymising removes their names, ID numbers, exact birth dates, addresses, guardians, notes and forms; counts and statistics stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>&amp;Anonymise %Ln record(s)</source>
        <translation>
            <numerusform>&amp;Anonymise %Ln record</numerusform>
            <numerusform>&amp;Anonymise %Ln records</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anonymise records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove the identity of %Ln student(s) for good? This cannot be undone; only a backup made before brings it back.</source>
        <translation>
            <numerusform>Remove the identity of %Ln student for good? This cannot be undone; only a backup made before brings it back.</numerusform>
            <numerusform>Remove the identity of %Ln students for good? This cannot be undone; only a backup made before brings it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln record(s) anonymised.</source>
        <translation>
            <numerusform>%Ln record anonymised.</numerusform>
            <numerusform>%Ln records anonymised.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anonymising…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep records for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> years after leaving school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::RiskActions</name>
    <message>
        <location filename="../ui/risk/riskactions.cpp" line="+165"/>
        <source>&amp;Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Worklists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recompute all levels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules and &amp;thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::RiskOverviewDialog</name>
    <message>
        <location filename="../ui/risk/riskoverviewdialog.cpp" line="+121"/>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All classrooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk or problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%Ln student(s): %1 problem, %2 at risk, %3 normal</source>
        <translation>
            <numerusform>%Ln student: %1 problem, %2 at risk, %3 normal</numerusform>
            <numerusform>%Ln students: %1 problem, %2 at risk, %3 normal</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Risk overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter or double-click to open the student.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::RiskRulesDialog</name>
    <message>
        <location filename="../ui/risk/riskrulesdialog.cpp" line="+117"/>
        <source>Preview the change to see how many students would move between levels, school by school. Nothing is saved until you activate the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Give the changed rules a new version: version %1 is the one in force, and every stored level names the version that gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Comparing the levels of every student under both rule sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The comparison did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Activate risk rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the rules “%1” version %2 in force? Every student&apos;s risk levels are recomputed with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Putting the rules “%1” version %2 in force and recomputing every student&apos;s levels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Risk rules and thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In force: %1, version %2 (as shipped with Care).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force: %1, version %2, activated %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A student is at risk or has a problem in a domain from these values on. Sex, ethnicity, religion and nationality are never used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activate and recompute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::ScoreTable</name>
    <message>
        <location filename="../ui/screening/scoretable.cpp" line="+35"/>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::ScreeningActions</name>
    <message>
        <location filename="../ui/screening/screeningactions.cpp" line="+60"/>
        <source>You may not do this for the chosen student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>&amp;Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen a &amp;class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening &amp;form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grades…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behaviour…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::ScreeningAnswerSheet</name>
    <message>
        <location filename="../ui/screening/screeninganswersheet.cpp" line="+74"/>
        <source>Does the child have difficulties?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Impact item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::ScreeningFormDialog</name>
    <message numerus="yes">
        <location filename="../ui/screening/screeningformchoices.cpp" line="+152"/>
        <source>%1 is %n years old on %2, outside the ages %3–%4 of this form. Give a reason to record the screening anyway.</source>
        <translation>
            <numerusform>%1 is %n year old on %2, outside the ages %3–%4 of this form. Give a reason to record the screening anyway.</numerusform>
            <numerusform>%1 is %n years old on %2, outside the ages %3–%4 of this form. Give a reason to record the screening anyway.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No item answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every item is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Not answered: item(s) %1.</source>
        <translation>
            <numerusform>Not answered: item %1.</numerusform>
            <numerusform>Not answered: items %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/screening/screeningformdialog.cpp" line="+160"/>
        <source>Choose a form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The answers of this screening are not saved yet. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New screening: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this form is used for a child of this age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::SetUpDialog</name>
    <message>
        <location filename="../ui/security/setupdialog.cpp" line="+147"/>
        <location line="+36"/>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Set up Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the system administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 has no users yet. The system administrator adds the other users, manages backups and settings, and signs in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::SignInDialog</name>
    <message>
        <location filename="../ui/security/signindialog.cpp" line="+144"/>
        <source>Sign in to Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot your password? Use the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::SignInFlow</name>
    <message>
        <location filename="../ui/security/signinflow.cpp" line="+25"/>
        <source>Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The users of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>You signed out without changing the temporary password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::StudentEditDialog</name>
    <message>
        <location filename="../ui/student/studenteditdialog.cpp" line="+163"/>
        <source>Still needed before saving: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The student could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>New student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit student – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit student</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::StudentIdentitySection</name>
    <message>
        <location filename="../ui/student/studentidentitysection.cpp" line="+157"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>ID &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First name (Thai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name (Thai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name (&amp;English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name (En&amp;glish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nic&amp;kname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>13-digit national ID number, or a G-code (G and 12 digits) for a student without civil registration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::StudentListModel</name>
    <message>
        <location filename="../ui/mainwindow/studentlistmodel.cpp" line="+119"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::StudentListPanel</name>
    <message>
        <location filename="../ui/mainwindow/studentlistpanel.cpp" line="+203"/>
        <location line="+32"/>
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, nickname, ID number or student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list narrows as you type. Press Enter to open the first student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::StudentPrivacyPanel</name>
    <message>
        <location filename="../ui/privacy/studentprivacypanel.cpp" line="+57"/>
        <source>Folder for the subject-access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Subject-access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything Care holds about this student was written to %1:
%2

The files are readable only by your account. Hand them over securely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject-access export: everything Care holds about this student, as PDF and JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::StudentProfileView</name>
    <message>
        <location filename="../ui/student/studentprofileview.cpp" line="+151"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a student to see their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This student&apos;s record could not be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nickname: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 (%n years old)</source>
        <translation>
            <numerusform>%1 (%n year old)</numerusform>
            <numerusform>%1 (%n years old)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance and grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per person a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No guardians recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enrolled in any class yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No attendance or grades recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No household information recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlighted: absence of 10% or more of enrolled days, and any 0, ร or มส mark.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::StudentRiskPanel</name>
    <message>
        <location filename="../ui/risk/studentriskpanel.cpp" line="+94"/>
        <source>The risk levels could not be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No risk flags: every domain is normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assessed %1 under the rules “%2”, version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Risk levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall level over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::StudentSchoolSection</name>
    <message>
        <location filename="../ui/student/studentschoolsection.cpp" line="+72"/>
        <location line="+66"/>
        <source>No class</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-58"/>
        <source>%1 (%n students)</source>
        <translation>
            <numerusform>%1 (%n student)</numerusform>
            <numerusform>%1 (%n students)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Class in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The student&apos;s number in the class register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Student &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::StudentScreeningPanel</name>
    <message>
        <location filename="../ui/screening/studentscreeningpanel.cpp" line="+88"/>
        <location line="+83"/>
        <source>No screening recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-53"/>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Main score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Screen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grades…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behaviour…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::StudentViewsBox</name>
    <message>
        <location filename="../ui/privacy/studentviewsbox.cpp" line="+63"/>
        <source>The views of this record could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody has viewed the sensitive sections of this record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who viewed this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason (outside scope)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::SubjectMarksTable</name>
    <message>
        <location filename="../ui/screening/subjectmarkstable.cpp" line="+73"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::ThresholdTable</name>
    <message>
        <location filename="../ui/risk/thresholdtable.cpp" line="+32"/>
        <source>Days absent in the term, % of days enrolled (from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marks 0, ร or มส in the term (from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPA of the term (below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minor behaviour incidents in the term (from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serious behaviour incidents in the term (from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household income per person a month, baht (at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This rule gives no such level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the edited rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::UserTableModel</name>
    <message>
        <location filename="../ui/security/usertablemodel.cpp" line="+52"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active (temporary password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(unknown school)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(unknown class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::UsersDialog</name>
    <message>
        <location filename="../ui/security/usersdialog.cpp" line="+124"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The user was added. Give them the temporary password in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable %1 (%2)? They can no longer sign in, and their key is deleted: to let them in again later, enable the account and give a new temporary password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The temporary password is set. Give it to the user in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new recovery key? The old key stops working at once; destroy its printed sheet and any saved copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone who can sign in to this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The users of your school. Users of other schools are managed by their director or the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace recovery &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>care::ui::WorklistDialog</name>
    <message>
        <location filename="../ui/risk/worklistdialog.cpp" line="+103"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln student(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln student</numerusform>
            <numerusform>%Ln students</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Risk worklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newly flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level rose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Students at risk or with a problem now who were normal on the date below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Students at risk or with a problem for whom no case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Students whose overall level is higher now than at the end of last term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press Enter or double-click to open the student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
