<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AccessControlText</name>
    <message>
        <location filename="../core/security/accesscontrol.cpp" line="+23"/>
        <source>manage user accounts</source>
        <translation>จัดการบัญชีผู้ใช้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change settings</source>
        <translation>เปลี่ยนการตั้งค่า</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>make or restore backups</source>
        <translation>สำรองหรือกู้คืนข้อมูล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anonymise expired records</source>
        <translation>ทำให้ระเบียนที่พ้นระยะเวลาการเก็บรักษาข้อมูลเป็นข้อมูลนิรนาม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read the audit trail</source>
        <translation>ดูบันทึกการใช้งาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>see counts across schools</source>
        <translation>ดูจำนวนสรุปของทุกโรงเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open records outside your scope</source>
        <translation>เปิดระเบียนนอกขอบเขตการเข้าถึงของคุณ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review break-the-glass access</source>
        <translation>ตรวจสอบการเข้าถึงนอกขอบเขตกรณีจำเป็น</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refused: %1 – %2.</source>
        <translation>ไม่อนุญาต: %1 – %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nobody is signed in. Sign in first.</source>
        <translation>ยังไม่มีผู้ใช้เข้าสู่ระบบ โปรดเข้าสู่ระบบก่อน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your account is not known in this database. Sign in again.</source>
        <translation>ไม่พบบัญชีของคุณในฐานข้อมูลนี้ โปรดเข้าสู่ระบบอีกครั้ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account has been disabled. Ask the administrator.</source>
        <translation>บัญชีของคุณถูกปิดใช้งาน โปรดติดต่อผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your account has changed since you signed in. Sign in again.</source>
        <translation>บัญชีของคุณมีการเปลี่ยนแปลงหลังจากที่คุณเข้าสู่ระบบ โปรดเข้าสู่ระบบอีกครั้ง</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No student you may see has this record id.</source>
        <translation>ไม่พบนักเรียนที่มีรหัสระเบียนนี้ในขอบเขตที่คุณเข้าถึงได้</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Your role reaches individual records only through break-the-glass.</source>
        <translation>บทบาทของคุณเข้าถึงระเบียนรายบุคคลได้ผ่านการเข้าถึงกรณีจำเป็นเท่านั้น</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The guardian has not given consent to share the record with health staff.</source>
        <translation>ผู้ปกครองยังไม่ได้ให้ความยินยอมในการเปิดเผยข้อมูลแก่เจ้าหน้าที่สาธารณสุข</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your role (%1) may not do this.</source>
        <translation>บทบาทของคุณ (%1) ไม่มีสิทธิ์ดำเนินการนี้</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Break-the-glass access is for reading only; ask the student&apos;s school to make any change.</source>
        <translation>การเข้าถึงกรณีจำเป็นใช้เพื่ออ่านข้อมูลเท่านั้น หากต้องการแก้ไขข้อมูล โปรดแจ้งโรงเรียนของนักเรียน</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Refused: your role (%1) may not %2.</source>
        <translation>ไม่อนุญาต: บทบาทของคุณ (%1) ไม่มีสิทธิ์%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your role does not act for a whole school.</source>
        <translation>บทบาทของคุณไม่ได้ดูแลข้อมูลในระดับทั้งโรงเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record belongs to another school than yours.</source>
        <translation>ระเบียนนี้เป็นของโรงเรียนอื่น ไม่ใช่โรงเรียนของคุณ</translation>
    </message>
</context>
<context>
    <name>AccessGrantText</name>
    <message>
        <location filename="../core/services/accessgrantservice.cpp" line="+39"/>
        <source>Enter the student&apos;s national ID number or student number.</source>
        <translation>โปรดระบุเลขประจำตัวประชาชนหรือเลขประจำตัวนักเรียนของนักเรียน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No student has the ID number or student number “%1”.</source>
        <translation>ไม่พบนักเรียนที่มีเลขประจำตัวประชาชนหรือเลขประจำตัวนักเรียน “%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Give the reason you need this record, in at least %n characters.</source>
        <translation>
            <numerusform>โปรดระบุเหตุผลที่ต้องเข้าถึงระเบียนนี้ อย่างน้อย %n ตัวอักษร</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No student has this record id.</source>
        <translation>ไม่พบนักเรียนที่มีรหัสระเบียนนี้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This record is already one you may open; break-the-glass is not needed.</source>
        <translation>คุณมีสิทธิ์เปิดระเบียนนี้อยู่แล้ว ไม่จำเป็นต้องใช้การเข้าถึงกรณีจำเป็น</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Your account belongs to no school, so it has no grants to review.</source>
        <translation>บัญชีของคุณไม่ได้สังกัดโรงเรียนใด จึงไม่มีรายการการเข้าถึงนอกขอบเขตให้ตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>AccountText</name>
    <message>
        <location filename="../core/services/accountrecovery.cpp" line="+32"/>
        <source>This recovery key does not open this database: it belongs to another database, was replaced, or the key file was altered.</source>
        <translation>รหัสกู้คืนนี้เปิดฐานข้อมูลนี้ไม่ได้ อาจเป็นของฐานข้อมูลอื่น ถูกเปลี่ยนใหม่แล้ว หรือไฟล์กุญแจถูกแก้ไข</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No user has this user name.</source>
        <translation>ไม่พบผู้ใช้ที่มีชื่อผู้ใช้นี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user account is disabled; an administrator must enable it first.</source>
        <translation>บัญชีผู้ใช้นี้ถูกปิดใช้งาน ผู้ดูแลระบบต้องเปิดใช้งานก่อน</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New password for %1 set with the recovery key</source>
        <translation>ตั้งรหัสผ่านใหม่ให้ %1 ด้วยรหัสกู้คืน</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only a system administrator can replace the recovery key.</source>
        <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่สามารถเปลี่ยนกุญแจกู้คืนได้</translation>
    </message>
    <message>
        <location filename="../core/services/accountservice.cpp" line="+109"/>
        <source>This database is already set up; sign in as a user instead.</source>
        <translation>ฐานข้อมูลนี้ตั้งค่าไว้แล้ว โปรดเข้าสู่ระบบด้วยบัญชีผู้ใช้แทน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first user must be a system administrator.</source>
        <translation>ผู้ใช้คนแรกต้องเป็นผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>First administrator and recovery key created</source>
        <translation>สร้างผู้ดูแลระบบคนแรกและกุญแจกู้คืนแล้ว</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unknown user name</source>
        <translation>ไม่พบชื่อผู้ใช้</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Refused while locked out</source>
        <translation>ไม่อนุญาตระหว่างถูกระงับชั่วคราว</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Attempt at %1</source>
        <translation>พยายามเข้าสู่ระบบเมื่อ %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Care cannot record sign-in attempts in the key file, so signing in is refused until it can: %1</source>
        <translation>Care บันทึกการพยายามเข้าสู่ระบบลงในไฟล์กุญแจไม่ได้ จึงไม่อนุญาตให้เข้าสู่ระบบจนกว่าจะบันทึกได้: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This database was never set up: it has no users, so it cannot be opened. Create a new database instead.</source>
        <translation>ฐานข้อมูลนี้ยังไม่เคยตั้งค่า ไม่มีผู้ใช้ จึงเปิดไม่ได้ โปรดสร้างฐานข้อมูลใหม่แทน</translation>
    </message>
    <message>
        <location line="+115"/>
        <location line="+22"/>
        <source>Wrong password</source>
        <translation>รหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+23"/>
        <source>Account disabled</source>
        <translation>บัญชีถูกปิดใช้งาน</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>This user account is disabled. Ask your administrator.</source>
        <translation>บัญชีผู้ใช้นี้ถูกปิดใช้งาน โปรดติดต่อผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>This user account was disabled, and its key was deleted then. Ask your administrator to enable it and to give you a temporary password.</source>
        <translation>บัญชีผู้ใช้นี้เคยถูกระงับ และกุญแจของบัญชีถูกลบไปแล้วในตอนนั้น โปรดขอให้ผู้ดูแลระบบเปิดใช้บัญชีและตั้งรหัสผ่านชั่วคราวให้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key slot altered or damaged</source>
        <translation>ช่องกุญแจถูกแก้ไขหรือเสียหาย</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The current password is wrong.</source>
        <translation>รหัสผ่านปัจจุบันไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../core/services/accountservicemanage.cpp" line="+69"/>
        <source>Another user already has this user name.</source>
        <translation>ชื่อผู้ใช้นี้มีผู้ใช้อื่นใช้อยู่แล้ว</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>User %1 (%2)</source>
        <translation>ผู้ใช้ %1 (%2)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>You cannot disable your own account.</source>
        <translation>คุณไม่สามารถปิดใช้งานบัญชีของตนเองได้</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Classrooms assigned: %n</source>
        <translation>
            <numerusform>ห้องเรียนที่ได้รับมอบหมาย: %n ห้อง</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/services/accountsupport.cpp" line="+80"/>
        <source>Only teachers and home-visit coordinators are assigned to classrooms.</source>
        <translation>เฉพาะครูและผู้ประสานงานเยี่ยมบ้านเท่านั้นที่ได้รับมอบหมายห้องเรียน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A chosen classroom does not exist.</source>
        <translation>ไม่พบห้องเรียนบางห้องที่เลือกไว้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A chosen classroom belongs to another school than the user&apos;s.</source>
        <translation>ห้องเรียนบางห้องที่เลือกไว้เป็นของโรงเรียนอื่น ไม่ใช่โรงเรียนของผู้ใช้</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The user name must have 3 to 32 characters: letters a–z, digits, dot, dash or underscore.</source>
        <translation>ชื่อผู้ใช้ต้องมี 3 ถึง 32 ตัวอักษร: ใช้ได้เฉพาะตัวอักษร a–z ตัวเลข จุด ขีดกลาง หรือขีดล่าง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The display name must have 1 to 100 characters.</source>
        <translation>ชื่อที่แสดงต้องมี 1 ถึง 100 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This role belongs to a school: choose the user&apos;s school.</source>
        <translation>บทบาทนี้ต้องสังกัดโรงเรียน: โปรดเลือกโรงเรียนของผู้ใช้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen school does not exist.</source>
        <translation>ไม่พบโรงเรียนที่เลือก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System administrators and municipal officers do not belong to a school.</source>
        <translation>ผู้ดูแลระบบและเจ้าหน้าที่เทศบาลไม่ได้สังกัดโรงเรียนใด</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A school director manages only the accounts of their own school.</source>
        <translation>ผู้อำนวยการโรงเรียนจัดการได้เฉพาะบัญชีผู้ใช้ของโรงเรียนตนเองเท่านั้น</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong user name or password.</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n วินาที</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n นาที</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many failed sign-ins with this user name. Wait %1, then try again.</source>
        <translation>เข้าสู่ระบบด้วยชื่อผู้ใช้นี้ไม่สำเร็จหลายครั้งเกินไป โปรดรอ %1 แล้วลองใหม่</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password is right, but this user&apos;s key in the key file was altered or damaged, so nothing was unlocked. Ask an administrator to reset the password, or use the recovery key.</source>
        <translation>รหัสผ่านถูกต้อง แต่กุญแจของผู้ใช้นี้ในไฟล์กุญแจถูกแก้ไขหรือเสียหาย จึงไม่ได้ปลดล็อกข้อมูลใด ๆ โปรดขอให้ผู้ดูแลระบบตั้งรหัสผ่านใหม่ หรือใช้รหัสกู้คืน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Care is locked. Sign in again to manage keys and passwords.</source>
        <translation>Care ถูกล็อกอยู่ โปรดเข้าสู่ระบบอีกครั้งเพื่อจัดการกุญแจและรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No user account has this id.</source>
        <translation>ไม่พบบัญชีผู้ใช้ที่มีรหัสนี้</translation>
    </message>
</context>
<context>
    <name>AddressText</name>
    <message>
        <location filename="../core/domain/address.cpp" line="+25"/>
        <source>Moo %1</source>
        <translation>หมู่ที่ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 community</source>
        <translation>ชุมชน%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subdistrict %1</source>
        <translation>ตำบล%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District %1</source>
        <translation>อำเภอ%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Province %1</source>
        <translation>จังหวัด%1</translation>
    </message>
</context>
<context>
    <name>AnswerTextText</name>
    <message>
        <location filename="../core/screening/answertext.cpp" line="+25"/>
        <source>%1 has %2 values; no instrument has more than %3 items.</source>
        <translation>%1 มี %2 ค่า แต่ไม่มีแบบประเมินใดที่มีเกิน %3 ข้อ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: value %2 is empty; write - for a missing answer.</source>
        <translation>%1: ค่าที่ %2 ว่างอยู่ หากไม่มีคำตอบให้ใส่ -</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: value %2 (&quot;%3&quot;) is not an answer; write a whole number, or - for a missing answer.</source>
        <translation>%1: ค่าที่ %2 (&quot;%3&quot;) ไม่ใช่คำตอบที่ถูกต้อง กรุณาใส่จำนวนเต็ม หรือใส่ - หากไม่มีคำตอบ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is empty; give at least the answer about difficulties (0 = none).</source>
        <translation>%1 ว่างอยู่ กรุณาระบุอย่างน้อยคำตอบข้อที่ถามว่ามีปัญหาหรือไม่ (0 = ไม่มี)</translation>
    </message>
</context>
<context>
    <name>AttendanceCommand</name>
    <message>
        <location filename="../app/care-cli/attendancecommand.cpp" line="+29"/>
        <source>Usage: care-cli attendance set|list --db FILE …</source>
        <translation>วิธีใช้: care-cli attendance set|list --db FILE …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  set   Record a student&apos;s days enrolled, absent and late in one term.</source>
        <translation>  set   บันทึกจำนวนวันที่ต้องมาเรียน วันที่ขาดเรียน และวันที่มาสายของนักเรียนในหนึ่งภาคเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  list  Show a student&apos;s attendance per term.</source>
        <translation>  list  แสดงการมาเรียนของนักเรียนรายภาคเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “care-cli attendance set --help” or “care-cli attendance list --help” for their options.</source>
        <translation>ดูตัวเลือกของคำสั่งเหล่านี้ได้ด้วย “care-cli attendance set --help” หรือ “care-cli attendance list --help”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Records a student&apos;s attendance in one term, replacing what was recorded for it. Absent and late days together may not be more than the days enrolled; a term with daily absence records keeps their counts.</source>
        <translation>บันทึกการมาเรียนของนักเรียนในหนึ่งภาคเรียน โดยแทนที่ข้อมูลที่เคยบันทึกไว้สำหรับภาคเรียนนั้น จำนวนวันที่ขาดเรียนรวมกับวันที่มาสายต้องไม่เกินจำนวนวันที่ต้องมาเรียน สำหรับภาคเรียนที่มีบันทึกการขาดเรียนรายวัน จะคงจำนวนที่นับได้จากบันทึกรายวันนั้นไว้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record id, or the national ID number or G-code (dashes allowed).</source>
        <translation>รหัสระเบียน เลขประจำตัวประชาชน หรือ G-code (ใส่ขีดได้)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days enrolled in the term.</source>
        <translation>จำนวนวันที่ต้องมาเรียนในภาคเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days absent.</source>
        <translation>จำนวนวันที่ขาดเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days late (default 0).</source>
        <translation>จำนวนวันที่มาสาย (ค่าเริ่มต้น 0)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Attendance saved.</source>
        <translation>บันทึกการมาเรียนแล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shows a student&apos;s attendance per term, newest first.</source>
        <translation>แสดงการมาเรียนของนักเรียนรายภาคเรียน เรียงจากล่าสุด</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <location filename="../app/care-cli/auditcommand.cpp" line="+39"/>
        <source>Invalid date “%1” for --%2: %3</source>
        <translation>วันที่ “%1” ของ --%2 ไม่ถูกต้อง: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: care-cli audit verify|list --db FILE …</source>
        <translation>วิธีใช้: care-cli audit verify|list --db FILE …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  list    List audit events by student, user, action and date.</source>
        <translation>  list    แสดงรายการเหตุการณ์ในบันทึกการใช้งานตามนักเรียน ผู้ใช้ การดำเนินการ และวันที่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “care-cli audit verify --help” or “care-cli audit list --help” for their options.</source>
        <translation>ดูตัวเลือกของคำสั่งเหล่านี้ได้ด้วย “care-cli audit verify --help” หรือ “care-cli audit list --help”</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>  verify  Check that no audit event was changed, inserted or deleted.</source>
        <translation>  verify  ตรวจว่าไม่มีเหตุการณ์ในบันทึกการตรวจสอบถูกแก้ไข แทรก หรือลบ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checks the sealed chain of the audit trail: events are numbered without gaps and each carries a seal, keyed with the database key, over its number, its content and the seal of the one before, so a changed, inserted or deleted event is found. Any user may run it after signing in; it changes nothing. Each backup records its newest event as an anchor (--anchor-from). Exit code 0: intact; 1: the first bad event is named.</source>
        <translation>ตรวจสายโซ่ที่ผนึกไว้ของบันทึกการตรวจสอบ: เหตุการณ์มีเลขลำดับต่อเนื่องไม่ขาดช่วง และแต่ละรายการมีตราผนึกที่ใช้กุญแจของฐานข้อมูล ครอบคลุมเลขลำดับ เนื้อหา และตราผนึกของรายการก่อนหน้า จึงพบเหตุการณ์ที่ถูกแก้ไข แทรก หรือลบได้ ผู้ใช้ทุกคนเรียกใช้ได้หลังเข้าสู่ระบบ และไม่เปลี่ยนแปลงข้อมูลใด ๆ ข้อมูลสำรองแต่ละชุดบันทึกเหตุการณ์ล่าสุดไว้เป็นจุดยึด (--anchor-from) รหัสออก 0: ครบถ้วน; 1: ระบุเหตุการณ์แรกที่ผิดปกติ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The newest event printed by an earlier check, as SEQ:HASH: proves that no event up to it was cut off the end.</source>
        <translation>เหตุการณ์ล่าสุดที่พิมพ์ไว้จากการตรวจสอบครั้งก่อน ในรูปแบบ SEQ:HASH ใช้พิสูจน์ว่าไม่มีเหตุการณ์ใดจนถึงเหตุการณ์นั้นถูกตัดออกจากท้ายบันทึก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup of this database: its newest audit event must still be in the trail, unchanged.</source>
        <translation>ข้อมูลสำรองของฐานข้อมูลนี้: เหตุการณ์ล่าสุดในข้อมูลสำรองต้องยังอยู่ในบันทึกการตรวจสอบโดยไม่ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--anchor must be SEQ:HASH as printed by “audit verify” (a number, a colon and 64 hexadecimal digits), not “%1”.</source>
        <translation>--anchor ต้องอยู่ในรูปแบบ SEQ:HASH ตามที่ “audit verify” พิมพ์ไว้ (ตัวเลข ตามด้วยเครื่องหมายทวิภาค และเลขฐานสิบหก 64 หลัก) ไม่ใช่ “%1”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking the audit trail: %1%</source>
        <translation>กำลังตรวจสอบบันทึกการใช้งาน: %1%</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The audit trail is intact: %1 events checked.</source>
        <translation>บันทึกการใช้งานสมบูรณ์: ตรวจสอบแล้ว %1 เหตุการณ์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The newest event, to note down and check later with --anchor:</source>
        <translation>เหตุการณ์ล่าสุด ให้จดไว้เพื่อตรวจสอบภายหลังด้วย --anchor:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit trail is NOT intact: event #%1 fails the check (%2 events checked).</source>
        <translation>บันทึกการใช้งาน “ไม่สมบูรณ์”: เหตุการณ์ #%1 ไม่ผ่านการตรวจสอบ (ตรวจสอบแล้ว %2 เหตุการณ์)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lists audit events, newest first: who did or viewed what, when, and why for break-the-glass access. The administrator sees all events; a director those about their school.</source>
        <translation>แสดงรายการเหตุการณ์ในบันทึกการใช้งาน เรียงจากล่าสุด: ใครดำเนินการหรือเปิดดูอะไร เมื่อใด และเหตุผลของการเข้าถึงนอกขอบเขตกรณีจำเป็น ผู้ดูแลระบบเห็นทุกเหตุการณ์ ส่วนผู้อำนวยการโรงเรียนเห็นเฉพาะเหตุการณ์ที่เกี่ยวกับโรงเรียนของตน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only events about this student (record id, ID number or student number).</source>
        <translation>เฉพาะเหตุการณ์ที่เกี่ยวกับนักเรียนคนนี้ (รหัสระเบียน เลขประจำตัว หรือเลขประจำตัวนักเรียน)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only events by this user.</source>
        <translation>เฉพาะเหตุการณ์ที่ผู้ใช้คนนี้ดำเนินการ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this action, e.g. view, create, update, delete, export, print, sign_in.</source>
        <translation>เฉพาะการดำเนินการนี้ เช่น view, create, update, delete, export, print, sign_in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only events on or after this day, e.g. 1/6/2568 or 2025-06-01.</source>
        <translation>เฉพาะเหตุการณ์ตั้งแต่วันที่ระบุเป็นต้นไป เช่น 1/6/2568 หรือ 2025-06-01</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only events on or before this day.</source>
        <translation>เฉพาะเหตุการณ์จนถึงวันที่ระบุ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most N events (default %1).</source>
        <translation>แสดงเหตุการณ์ไม่เกิน N รายการ (ค่าเริ่มต้น %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--from (%1) is after --to (%2).</source>
        <translation>--from (%1) อยู่หลัง --to (%2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No audit event matches.</source>
        <translation>ไม่มีเหตุการณ์ที่ตรงกับเงื่อนไข</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing the newest %1 events; use --limit or --to to see older ones.</source>
        <translation>แสดง %1 เหตุการณ์ล่าสุด ใช้ --limit หรือ --to เพื่อดูเหตุการณ์ที่เก่ากว่า</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n เหตุการณ์</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../ui/privacy/auditlabels.cpp" line="+14"/>
        <source>Viewed</source>
        <translation>เปิดดู</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened outside scope</source>
        <translation>เปิดดูนอกขอบเขต</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-in</source>
        <translation>เข้าสู่ระบบไม่สำเร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed password</source>
        <translation>เปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset password</source>
        <translation>รีเซ็ตรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password recovered</source>
        <translation>กู้คืนรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced recovery key</source>
        <translation>เปลี่ยนกุญแจกู้คืน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled user</source>
        <translation>ปิดใช้งานผู้ใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled user</source>
        <translation>เปิดใช้งานผู้ใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up Care</source>
        <translation>ตั้งค่าเริ่มต้น Care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>กู้คืนข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised</source>
        <translation>ทำให้เป็นข้อมูลนิรนาม</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Student</source>
        <translation>นักเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian</source>
        <translation>ผู้ปกครอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>ความยินยอม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access outside scope</source>
        <translation>การเข้าถึงนอกขอบเขต</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>AuditPrinter</name>
    <message>
        <location filename="../app/care-cli/auditprinter.cpp" line="+22"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Section</source>
        <translation>หมวดข้อมูล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../core/services/auditservice.cpp" line="+97"/>
        <source>The trail does not begin with its first event: the events before this one were removed.</source>
        <translation>บันทึกการใช้งานไม่ได้เริ่มต้นที่เหตุการณ์แรก: เหตุการณ์ก่อนหน้านี้ถูกลบออกไป</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Sign in to check the audit trail: its events are sealed with the database key.</source>
        <translation>โปรดเข้าสู่ระบบเพื่อตรวจบันทึกการตรวจสอบ เพราะเหตุการณ์ถูกผนึกด้วยกุญแจของฐานข้อมูล</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n event(s) before this one were removed from the trail.</source>
        <translation>
            <numerusform>เหตุการณ์ก่อนหน้านี้ %n รายการถูกลบออกจากบันทึกการใช้งาน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event was written outside Care: it is not sealed like the events before it.</source>
        <translation>เหตุการณ์นี้ถูกเขียนจากภายนอก Care เพราะไม่ได้ผนึกแบบเดียวกับเหตุการณ์ก่อนหน้า</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The event was changed after it was written, or written outside Care: its content does not match its seal.</source>
        <translation>เหตุการณ์นี้ถูกแก้ไขหลังบันทึก หรือถูกเขียนจากภายนอก Care เพราะเนื้อหาไม่ตรงกับตราผนึก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event does not link to the one before it: an earlier event was changed or removed.</source>
        <translation>เหตุการณ์นี้ไม่ได้เชื่อมโยงกับเหตุการณ์ก่อนหน้า: มีเหตุการณ์ก่อนหน้าถูกแก้ไขหรือลบออก</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The event does not match the anchor noted earlier: the trail was rewritten from this event on.</source>
        <translation>เหตุการณ์นี้ไม่ตรงกับจุดอ้างอิงที่จดไว้ก่อนหน้า บันทึกการใช้งานถูกเขียนใหม่ตั้งแต่เหตุการณ์นี้เป็นต้นไป</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The check of the audit trail was cancelled.</source>
        <translation>ยกเลิกการตรวจสอบบันทึกการใช้งานแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event #%1, noted earlier as the anchor, is gone: the newest events were cut off the trail.</source>
        <translation>ไม่พบเหตุการณ์ #%1 ที่จดไว้เป็นจุดอ้างอิง เหตุการณ์ล่าสุดถูกตัดออกจากบันทึกการใช้งาน</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The first date is after the last date; choose a date range that runs forward.</source>
        <translation>วันที่เริ่มต้นอยู่หลังวันที่สิ้นสุด โปรดเลือกช่วงวันที่ที่เรียงจากวันก่อนไปวันหลัง</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your account belongs to no school, so it has no audit events to show.</source>
        <translation>บัญชีของคุณไม่ได้สังกัดโรงเรียนใด จึงไม่มีเหตุการณ์ในบันทึกการใช้งานที่จะแสดง</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No student of your school has the id %1.</source>
        <translation>ไม่พบนักเรียนในโรงเรียนของคุณที่มีรหัส %1</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../app/care-cli/backupcommand.cpp" line="+27"/>
        <source>File:</source>
        <translation>ไฟล์:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on:</source>
        <translation>สร้างเมื่อ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality:</source>
        <translation>เทศบาล:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools:</source>
        <translation>โรงเรียน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Students:</source>
        <translation>นักเรียน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users:</source>
        <translation>ผู้ใช้:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit events:</source>
        <translation>เหตุการณ์ในบันทึกการใช้งาน:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit anchor:</source>
        <translation>จุดยึดบันทึกการตรวจสอบ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key file:</source>
        <translation>ไฟล์กุญแจ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version:</source>
        <translation>รุ่นโครงสร้างฐานข้อมูล:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replace everything in %1 with this backup? Type “yes” to go on: </source>
        <translation>แทนที่ข้อมูลทั้งหมดใน %1 ด้วยไฟล์สำรองข้อมูลนี้หรือไม่ พิมพ์ “ใช่” หรือ “yes” เพื่อดำเนินการต่อ: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writes a backup of the database to a new file through SQLite&apos;s online backup (safe while Care is running), readable by you only, checks it, and records it in the audit trail. Sensitive fields stay encrypted in the backup. An existing file is never overwritten.</source>
        <translation>บันทึกไฟล์สำรองของฐานข้อมูลลงในไฟล์ใหม่ผ่านการสำรองข้อมูลแบบออนไลน์ของ SQLite (ปลอดภัยแม้ Care กำลังทำงานอยู่) โดยให้เฉพาะคุณเท่านั้นที่อ่านไฟล์ได้ จากนั้นตรวจสอบไฟล์และบันทึกไว้ในบันทึกการใช้งาน ข้อมูลอ่อนไหวยังคงเข้ารหัสอยู่ในไฟล์สำรองข้อมูล และจะไม่เขียนทับไฟล์ที่มีอยู่แล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new backup file (must not exist).</source>
        <translation>ไฟล์สำรองข้อมูลใหม่ (ต้องเป็นไฟล์ที่ยังไม่มีอยู่)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing option --out FILE: where to write the backup.</source>
        <translation>ไม่ได้ระบุตัวเลือก --out FILE: ตำแหน่งที่จะบันทึกไฟล์สำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote the backup:</source>
        <translation>บันทึกไฟล์สำรองข้อมูลแล้ว:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup file to restore.</source>
        <translation>ไฟล์สำรองข้อมูลที่จะกู้คืน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore without asking.</source>
        <translation>กู้คืนโดยไม่ต้องถามยืนยัน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing option --from BACKUP: the backup file to restore.</source>
        <translation>ไม่ได้ระบุตัวเลือก --from BACKUP: ไฟล์สำรองข้อมูลที่จะกู้คืน</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The backup holds:</source>
        <translation>ข้อมูลในไฟล์สำรองข้อมูล:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup belongs to another municipality (%1); it cannot be restored into this database. Nothing was changed.</source>
        <translation>ไฟล์สำรองข้อมูลนี้เป็นของเทศบาลอื่น (%1) จึงไม่สามารถกู้คืนลงในฐานข้อมูลนี้ได้ ไม่มีการเปลี่ยนแปลงข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is complete and can be restored. Nothing was changed (--dry-run).</source>
        <translation>ไฟล์สำรองข้อมูลครบถ้วนและสามารถกู้คืนได้ ไม่มีการเปลี่ยนแปลงข้อมูลใด ๆ (--dry-run)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>A restore replaces everything in the database: add --yes to confirm. Nothing was changed.</source>
        <translation>การกู้คืนจะแทนที่ข้อมูลทั้งหมดในฐานข้อมูล โปรดเพิ่ม --yes เพื่อยืนยัน ไม่มีการเปลี่ยนแปลงข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Shows what the backup holds (when it was made, the municipality, counts, its audit anchor), then replaces the database&apos;s content and key file with the backup&apos;s. The content before the restore is kept beside the database. A damaged or truncated backup, a backup without its key file, or one of another database is refused and nothing changes. Signs in as an administrator. Without --yes you are asked to confirm on the terminal; without a terminal, --yes is required.</source>
        <translation>แสดงสิ่งที่อยู่ในข้อมูลสำรอง (วันที่สร้าง เทศบาล จำนวน และจุดยึดบันทึกการตรวจสอบ) แล้วแทนที่เนื้อหาและไฟล์กุญแจของฐานข้อมูลด้วยของข้อมูลสำรอง เนื้อหาก่อนการกู้คืนจะเก็บไว้ข้างฐานข้อมูล ข้อมูลสำรองที่เสียหายหรือไม่ครบ ไม่มีไฟล์กุญแจ หรือเป็นของฐานข้อมูลอื่น จะถูกปฏิเสธโดยไม่มีการเปลี่ยนแปลงใด ๆ ต้องเข้าสู่ระบบในฐานะผู้ดูแลระบบ หากไม่ใส่ --yes จะถามยืนยันทางเทอร์มินัล หากไม่มีเทอร์มินัลต้องใส่ --yes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only check the backup and show its preview; change nothing.</source>
        <translation>ตรวจข้อมูลสำรองและแสดงตัวอย่างเท่านั้น ไม่เปลี่ยนแปลงสิ่งใด</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nothing was restored.</source>
        <translation>ไม่ได้กู้คืนข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored the backup. The content from before is kept in %1.</source>
        <translation>กู้คืนข้อมูลจากไฟล์สำรองข้อมูลแล้ว เนื้อหาเดิมเก็บไว้ที่ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone signs in again with the passwords that were valid when the backup was made.</source>
        <translation>ผู้ใช้ทุกคนต้องเข้าสู่ระบบอีกครั้งด้วยรหัสผ่านที่ใช้ได้ในขณะที่สร้างไฟล์สำรองข้อมูล</translation>
    </message>
</context>
<context>
    <name>BackupFileText</name>
    <message>
        <location filename="../core/storage/backupfileinspect.cpp" line="+59"/>
        <source>The file “%1” does not exist.</source>
        <translation>ไม่พบไฟล์ “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” cannot be read: %2</source>
        <translation>ไม่สามารถอ่านไฟล์ “%1” ได้: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “%1” is empty; it is not a Care backup.</source>
        <translation>ไฟล์ “%1” ว่างเปล่า ไม่ใช่ไฟล์สำรองข้อมูลของ Care</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file “%1” is not encrypted: it is a backup made by an earlier version of Care, or not a Care backup. Open it with Care, which encrypts it, and use it from there.</source>
        <translation>ไฟล์ “%1” ไม่ได้เข้ารหัส เป็นข้อมูลสำรองจาก Care รุ่นก่อน หรือไม่ใช่ข้อมูลสำรองของ Care โปรดเปิดไฟล์นี้ด้วย Care ซึ่งจะเข้ารหัสให้ แล้วใช้งานจากไฟล์นั้น</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file “%1” is not a Care backup (it is not an SQLite database).</source>
        <translation>ไฟล์ “%1” ไม่ใช่ไฟล์สำรองข้อมูลของ Care (ไม่ใช่ฐานข้อมูล SQLite)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The file “%1” is not a backup of this database: this database&apos;s key does not open it, or it is damaged. A backup of another database is opened directly with Care, with its key file beside it.</source>
        <translation>ไฟล์ “%1” ไม่ใช่ข้อมูลสำรองของฐานข้อมูลนี้ กุญแจของฐานข้อมูลนี้เปิดไฟล์ไม่ได้ หรือไฟล์เสียหาย ข้อมูลสำรองของฐานข้อมูลอื่นให้เปิดด้วย Care โดยตรง พร้อมวางไฟล์กุญแจไว้ข้างกัน</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The file “%1” is truncated: it ends inside its header.</source>
        <translation>ไฟล์ “%1” ไม่ครบถ้วน: ไฟล์สิ้นสุดก่อนส่วนหัวจะครบ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file “%1” is truncated or damaged: its size is not a whole number of pages.</source>
        <translation>ไฟล์ “%1” ไม่ครบถ้วนหรือเสียหาย: ขนาดไฟล์ไม่เท่ากับจำนวนหน้าเต็ม</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <location filename="../core/services/backupservice.cpp" line="+80"/>
        <location line="+14"/>
        <source>The file “%1” already exists; choose a new name for the backup.</source>
        <translation>มีไฟล์ “%1” อยู่แล้ว โปรดตั้งชื่อใหม่สำหรับไฟล์สำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder for the backup “%1” does not exist.</source>
        <translation>ไม่พบโฟลเดอร์ที่จะเก็บไฟล์สำรองข้อมูล “%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup “%1” cannot be created: %2</source>
        <translation>ไม่สามารถสร้างไฟล์สำรองข้อมูล “%1” ได้: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The backup “%1” failed its integrity check (%2) and was deleted. Check the disk and try again.</source>
        <translation>ไฟล์สำรองข้อมูล “%1” ไม่ผ่านการตรวจสอบความสมบูรณ์ (%2) และถูกลบแล้ว โปรดตรวจสอบดิสก์แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup “%1” could not be put in place; nothing was written there.</source>
        <translation>ไม่สามารถย้ายไฟล์สำรองข้อมูล “%1” ไปไว้ยังตำแหน่งปลายทางได้ จึงไม่มีการบันทึกไฟล์ใด ๆ ไว้ที่นั่น</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No file was given for the backup.</source>
        <translation>ไม่ได้ระบุไฟล์สำหรับสำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Keep at least one backup.</source>
        <translation>ต้องเก็บไฟล์สำรองข้อมูลไว้อย่างน้อย 1 ไฟล์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup folder does not exist.</source>
        <translation>ไม่พบโฟลเดอร์สำหรับเก็บไฟล์สำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The key file of the backup “%1” is missing or damaged (%2): keep each backup together with its key file “%3”.</source>
        <translation>ไฟล์กุญแจของข้อมูลสำรอง “%1” หายไปหรือเสียหาย (%2) โปรดเก็บข้อมูลสำรองแต่ละชุดไว้คู่กับไฟล์กุญแจ “%3”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file “%1” is an SQLite database of another program, not a Care backup.</source>
        <translation>ไฟล์ “%1” เป็นฐานข้อมูล SQLite ของโปรแกรมอื่น ไม่ใช่ไฟล์สำรองข้อมูลของ Care</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup “%1” was made by a newer version of Care (schema %2; this version knows up to %3). Update Care to restore it.</source>
        <translation>ไฟล์สำรองข้อมูล “%1” สร้างจาก Care รุ่นที่ใหม่กว่า (โครงสร้างฐานข้อมูลรุ่น %2 แต่ Care รุ่นนี้รองรับได้ถึงรุ่น %3) โปรดอัปเดต Care ก่อนกู้คืนไฟล์นี้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup “%1” is damaged and cannot be used; the integrity check found: %2</source>
        <translation>ไฟล์สำรองข้อมูล “%1” เสียหายและไม่สามารถใช้งานได้ ผลการตรวจสอบความสมบูรณ์พบว่า: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file “%1” is the open database itself, not a backup.</source>
        <translation>ไฟล์ “%1” คือฐานข้อมูลที่เปิดใช้งานอยู่ ไม่ใช่ไฟล์สำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup “%1” is of another municipality (%2), not of this database; nothing was restored.</source>
        <translation>ไฟล์สำรองข้อมูล “%1” เป็นของเทศบาลอื่น (%2) ไม่ใช่ของฐานข้อมูลนี้ จึงไม่ได้กู้คืนข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The current content could not be saved first, so nothing was restored: %1</source>
        <translation>ไม่สามารถบันทึกข้อมูลปัจจุบันเก็บไว้ก่อนได้ จึงไม่ได้กู้คืนข้อมูลใด ๆ: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup “%1” could not be restored, and the database was not changed: %2</source>
        <translation>ไม่สามารถกู้คืนไฟล์สำรองข้อมูล “%1” ได้ และฐานข้อมูลไม่มีการเปลี่ยนแปลง: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup was restored, but the database could not be opened afterwards: %1 The content from before the restore is in “%2”.</source>
        <translation>กู้คืนไฟล์สำรองข้อมูลแล้ว แต่ไม่สามารถเปิดฐานข้อมูลหลังจากนั้นได้: %1 ข้อมูลก่อนการกู้คืนเก็บไว้ที่ “%2”</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The database “%1” is damaged; the integrity check found: %2. Restore the latest backup.</source>
        <translation>ฐานข้อมูล “%1” เสียหาย ผลการตรวจสอบความสมบูรณ์พบว่า: %2 โปรดกู้คืนจากไฟล์สำรองข้อมูลล่าสุด</translation>
    </message>
</context>
<context>
    <name>BandSetText</name>
    <message>
        <location filename="../core/screening/bandsetreader.cpp" line="+93"/>
        <source>band files cannot be read here.</source>
        <translation>ไม่สามารถอ่านไฟล์เกณฑ์แปลผลในส่วนนี้ได้</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the band file %1 has no table &quot;%2&quot;; it has: %3.</source>
        <translation>ไฟล์เกณฑ์แปลผล %1 ไม่มีตาราง &quot;%2&quot; ตารางที่มีได้แก่: %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown level &quot;%1&quot;; expected one of: %2.</source>
        <translation>ไม่รู้จักระดับ &quot;%1&quot; ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the level &quot;%1&quot; is listed twice.</source>
        <translation>ระดับ &quot;%1&quot; ถูกระบุซ้ำสองครั้ง</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the instrument %1 has no score &quot;%2&quot;; its scores are: %3.</source>
        <translation>แบบประเมิน %1 ไม่มีคะแนน &quot;%2&quot; คะแนนของแบบประเมินนี้ได้แก่: %3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the band starts at %1, above its end %2.</source>
        <translation>ช่วงคะแนนเริ่มที่ %1 ซึ่งสูงกว่าค่าสิ้นสุด %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the band %1 is outside the score&apos;s range %2.</source>
        <translation>ช่วงคะแนน %1 อยู่นอกพิสัยของคะแนน %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the level &quot;%1&quot; is not one of the band set&apos;s levels.</source>
        <translation>ระดับ &quot;%1&quot; ไม่ได้เป็นระดับหนึ่งในชุดเกณฑ์แปลผลนี้</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+18"/>
        <source>the bands do not cover the score&apos;s full range %1: no band for %2.</source>
        <translation>ช่วงคะแนนไม่ครอบคลุมพิสัยทั้งหมดของคะแนน %1: ไม่มีช่วงคะแนนสำหรับ %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the band %1 overlaps the band %2.</source>
        <translation>ช่วงคะแนน %1 ซ้อนทับกับช่วงคะแนน %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is a gap between the bands %1 and %2: no band for %3.</source>
        <translation>มีช่องว่างระหว่างช่วงคะแนน %1 และ %2: ไม่มีช่วงคะแนนสำหรับ %3</translation>
    </message>
</context>
<context>
    <name>BehaviourCommand</name>
    <message>
        <location filename="../app/care-cli/behaviourcommand.cpp" line="+31"/>
        <source>Missing option --%1 CODE.</source>
        <translation>ไม่ได้ระบุตัวเลือก --%1 CODE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid value “%1” for --%2: use one of: %3.</source>
        <translation>ค่า “%1” ของ --%2 ไม่ถูกต้อง: กรุณาใช้ค่าใดค่าหนึ่งต่อไปนี้: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: care-cli behaviour add|list --db FILE …</source>
        <translation>วิธีใช้: care-cli behaviour add|list --db FILE …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  add   Record a behaviour incident of a student.</source>
        <translation>  add   บันทึกเหตุการณ์ด้านพฤติกรรมของนักเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  list  Show a student&apos;s behaviour incidents.</source>
        <translation>  list  แสดงเหตุการณ์ด้านพฤติกรรมของนักเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “care-cli behaviour add --help” or “care-cli behaviour list --help” for their options.</source>
        <translation>ดูตัวเลือกของคำสั่งเหล่านี้ได้ด้วย “care-cli behaviour add --help” หรือ “care-cli behaviour list --help”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Records a behaviour incident: its date, kind, severity and a note (kept encrypted).</source>
        <translation>บันทึกเหตุการณ์ด้านพฤติกรรม ได้แก่ วันที่ ประเภท ความรุนแรง และหมายเหตุ (จัดเก็บแบบเข้ารหัส)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record id, or the national ID number or G-code (dashes allowed).</source>
        <translation>รหัสระเบียน เลขประจำตัวประชาชน หรือ G-code (ใส่ขีดได้)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of the incident.</source>
        <translation>วันที่เกิดเหตุการณ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kind of incident: %1.</source>
        <translation>ประเภทของเหตุการณ์: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minor or serious.</source>
        <translation>minor (เล็กน้อย) หรือ serious (ร้ายแรง)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened (at most 2,000 characters).</source>
        <translation>สิ่งที่เกิดขึ้น (ไม่เกิน 2,000 ตัวอักษร)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Behaviour incident recorded (%1).</source>
        <translation>บันทึกเหตุการณ์ด้านพฤติกรรมแล้ว (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shows a student&apos;s behaviour incidents with their notes, newest first. Viewing them is recorded in the audit trail.</source>
        <translation>แสดงเหตุการณ์ด้านพฤติกรรมของนักเรียนพร้อมหมายเหตุ เรียงจากล่าสุด การเปิดดูจะถูกบันทึกไว้ในบันทึกการใช้งาน</translation>
    </message>
</context>
<context>
    <name>BulkInsertText</name>
    <message>
        <location filename="../core/storage/bulkinsert.cpp" line="+185"/>
        <source>The rows to save do not all have the same fields.</source>
        <translation>แถวข้อมูลที่จะบันทึกมีช่องข้อมูลไม่ตรงกันทุกแถว</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <location filename="../app/care-cli/clisession.cpp" line="+28"/>
        <source>This database has no users yet, so nobody can sign in. Open it in Care once to create the administrator.</source>
        <translation>ฐานข้อมูลนี้ยังไม่มีผู้ใช้ จึงยังไม่มีใครเข้าสู่ระบบได้ โปรดเปิดฐานข้อมูลนี้ใน Care หนึ่งครั้งเพื่อสร้างผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not signed in. Set CARE_USER to your user name and CARE_PASSWORD to your password, or run care-cli in a terminal to be asked for them.</source>
        <translation>ยังไม่ได้เข้าสู่ระบบ โปรดตั้งค่า CARE_USER เป็นชื่อผู้ใช้ และ CARE_PASSWORD เป็นรหัสผ่านของคุณ หรือเรียกใช้ care-cli ในเทอร์มินัลเพื่อให้ระบบถามข้อมูลดังกล่าว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name: </source>
        <translation>ชื่อผู้ใช้: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed in: no user name was given.</source>
        <translation>ไม่ได้เข้าสู่ระบบ: ไม่ได้ระบุชื่อผู้ใช้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password for %1: </source>
        <translation>รหัสผ่านของ %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in: no password was given.</source>
        <translation>ไม่ได้เข้าสู่ระบบ: ไม่ได้ระบุรหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/care-cli/commandline.cpp" line="+18"/>
        <source>Show this help.</source>
        <translation>แสดงวิธีใช้นี้</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Missing argument: %1.</source>
        <translation>ไม่ได้ระบุอาร์กิวเมนต์: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected argument “%1”.</source>
        <translation>มีอาร์กิวเมนต์เกินมา “%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Invalid value “%1” for --%2: give a whole number from %3 to %4.</source>
        <translation>ค่า “%1” ของ --%2 ไม่ถูกต้อง: กรุณาระบุจำนวนเต็มตั้งแต่ %3 ถึง %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run “care-cli %1 --help” for its options.</source>
        <translation>ดูตัวเลือกของคำสั่งนี้ได้ด้วย “care-cli %1 --help”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: care-cli %1 %2</source>
        <translation>วิธีใช้: care-cli %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arguments:</source>
        <translation>อาร์กิวเมนต์:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Options:</source>
        <translation>ตัวเลือก:</translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <location filename="../app/care-cli/commandsupport.cpp" line="+17"/>
        <source>The Care database file.</source>
        <translation>ไฟล์ฐานข้อมูล Care</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print JSON instead of text.</source>
        <translation>แสดงผลเป็น JSON แทนข้อความ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing option --db FILE.</source>
        <translation>ไม่ได้ระบุตัวเลือก --db FILE</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your password is a temporary one set by an administrator. Choose your own first with “care-cli users password --db %1” (or in Care); nothing else was done.</source>
        <translation>รหัสผ่านของคุณเป็นรหัสผ่านชั่วคราวที่ผู้ดูแลระบบตั้งให้ โปรดตั้งรหัสผ่านของคุณเองก่อนด้วยคำสั่ง “care-cli users password --db %1” (หรือใน Care) ยังไม่มีการดำเนินการอื่นใด</translation>
    </message>
</context>
<context>
    <name>ConsentLabelText</name>
    <message>
        <location filename="../core/services/consentlabels.cpp" line="+40"/>
        <source>Screening</source>
        <translation>การคัดกรอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>การส่งต่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing with health staff</source>
        <translation>การเปิดเผยข้อมูลแก่เจ้าหน้าที่สาธารณสุข</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LINE notices</source>
        <translation>การแจ้งเตือนทาง LINE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Given</source>
        <translation>ให้ความยินยอม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdrawn</source>
        <translation>ถอนความยินยอม</translation>
    </message>
</context>
<context>
    <name>ConsentText</name>
    <message>
        <location filename="../core/services/consentservice.cpp" line="+31"/>
        <source>Care is locked. Sign in again to read or record consent notes and forms.</source>
        <translation>Care ถูกล็อกอยู่ โปรดเข้าสู่ระบบอีกครั้งเพื่ออ่านหรือบันทึกหมายเหตุและแบบฟอร์มความยินยอม</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The scanned form is an empty file.</source>
        <translation>ไฟล์แบบฟอร์มที่สแกนว่างเปล่า</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scanned form is larger than 10 MB. Scan it at a lower resolution.</source>
        <translation>ไฟล์แบบฟอร์มที่สแกนมีขนาดเกิน 10 MB โปรดสแกนด้วยความละเอียดที่ต่ำลง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scanned form must be a PDF, JPEG or PNG file.</source>
        <translation>แบบฟอร์มที่สแกนต้องเป็นไฟล์ PDF, JPEG หรือ PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scanned form&apos;s content does not match its file type (%1).</source>
        <translation>เนื้อหาของไฟล์แบบฟอร์มไม่ตรงกับชนิดไฟล์ (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose what the consent is for.</source>
        <translation>โปรดเลือกวัตถุประสงค์ของความยินยอม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date of the decision.</source>
        <translation>โปรดระบุวันที่ตัดสินใจ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of the decision is in the future.</source>
        <translation>วันที่ตัดสินใจอยู่ในอนาคต</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The guardian who decided is not a guardian of this student.</source>
        <translation>ผู้ปกครองที่ระบุไม่ใช่ผู้ปกครองของนักเรียนคนนี้</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>No scanned consent form has this id.</source>
        <translation>ไม่พบแบบฟอร์มความยินยอมตามรหัสนี้</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No guardian consent for “%1” has been recorded for this student.</source>
        <translation>ยังไม่มีการบันทึกความยินยอมของผู้ปกครองสำหรับ “%1” ของนักเรียนคนนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guardian&apos;s consent for “%1” has been withdrawn.</source>
        <translation>ผู้ปกครองได้ถอนความยินยอมสำหรับ “%1” แล้ว</translation>
    </message>
</context>
<context>
    <name>ContentHashText</name>
    <message>
        <location filename="../core/storage/contenthash.cpp" line="+144"/>
        <source>Care is locked: sign in to compare the protected content.</source>
        <translation>Care ถูกล็อกอยู่ โปรดเข้าสู่ระบบเพื่อเปรียบเทียบข้อมูลที่ได้รับการป้องกัน</translation>
    </message>
</context>
<context>
    <name>CreateStudentCommand</name>
    <message>
        <location filename="../ui/student/createstudentcommand.cpp" line="+29"/>
        <source>Add student %1</source>
        <translation>เพิ่มนักเรียน %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not undo adding the student</source>
        <translation>ไม่สามารถเลิกทำการเพิ่มนักเรียนได้</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not add the student again</source>
        <translation>ไม่สามารถเพิ่มนักเรียนอีกครั้งได้</translation>
    </message>
</context>
<context>
    <name>CryptoText</name>
    <message>
        <location filename="../core/security/crypto.cpp" line="+60"/>
        <location line="+53"/>
        <source>The encryption library could not start; Care cannot protect its data on this computer.</source>
        <translation>ไม่สามารถเริ่มการทำงานของไลบรารีการเข้ารหัสได้ Care จึงไม่สามารถปกป้องข้อมูลบนคอมพิวเตอร์เครื่องนี้ได้</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The stored password data are damaged (the salt has the wrong length).</source>
        <translation>ข้อมูลรหัสผ่านที่จัดเก็บไว้เสียหาย (ค่า salt มีความยาวไม่ถูกต้อง)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored password data are damaged (the cost settings are out of range).</source>
        <translation>ข้อมูลรหัสผ่านที่จัดเก็บไว้เสียหาย (ค่าพารามิเตอร์การคำนวณอยู่นอกช่วงที่กำหนด)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is not enough free memory to check the password. Close other programs and try again.</source>
        <translation>หน่วยความจำว่างไม่เพียงพอสำหรับตรวจสอบรหัสผ่าน โปรดปิดโปรแกรมอื่นแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The key has the wrong length; the value cannot be opened.</source>
        <translation>กุญแจมีความยาวไม่ถูกต้อง จึงไม่สามารถเปิดอ่านข้อมูลนี้ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The protected value is too short; it was damaged or cut off.</source>
        <translation>ข้อมูลที่ได้รับการป้องกันสั้นเกินไป ข้อมูลอาจเสียหายหรือถูกตัดหาย</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The protected value could not be opened: it was changed, moved from another place, or sealed with another key.</source>
        <translation>ไม่สามารถเปิดอ่านข้อมูลที่ได้รับการป้องกันได้ เนื่องจากข้อมูลถูกแก้ไข ถูกย้ายมาจากตำแหน่งอื่น หรือถูกเข้ารหัสด้วยกุญแจอื่น</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <location filename="../core/io/csvreader.cpp" line="+20"/>
        <source>Row %1: %2</source>
        <translation>แถวที่ %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+115"/>
        <location line="+61"/>
        <source>row %1</source>
        <translation>แถวที่ %1</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>The CSV file</source>
        <translation>ไฟล์ CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The CSV file “%1”</source>
        <translation>ไฟล์ CSV “%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is larger than %2, the most Care reads at once. Split it into smaller files and import them one by one.</source>
        <translation>%1 มีขนาดใหญ่กว่า %2 ซึ่งเป็นขนาดสูงสุดที่ Care อ่านได้ในครั้งเดียว โปรดแบ่งเป็นไฟล์ย่อยแล้วนำเข้าทีละไฟล์</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>text follows a closing quote in value %1.</source>
        <translation>มีข้อความต่อท้ายเครื่องหมายอัญประกาศปิดในค่าที่ %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a quote in the middle of value %1; put the whole value in quotes and double the quotes inside it.</source>
        <translation>มีเครื่องหมายอัญประกาศอยู่กลางค่าที่ %1 กรุณาครอบทั้งค่าด้วยอัญประกาศ และใส่อัญประกาศที่อยู่ภายในค่าเป็นสองตัว</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a quoted value is not closed before the end of the file.</source>
        <translation>ค่าที่อยู่ในเครื่องหมายอัญประกาศไม่ได้ปิดก่อนสิ้นสุดไฟล์</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has more than %L2 rows under its header. Split it into smaller files and import them one by one.</source>
        <translation>%1 มีข้อมูลเกิน %L2 แถวใต้แถวหัวตาราง โปรดแบ่งเป็นไฟล์ย่อยแล้วนำเข้าทีละไฟล์</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 has more than %L2 columns in row %3. Remove the columns that are not needed, and check that the values are separated by commas.</source>
        <translation>%1 มีเกิน %L2 คอลัมน์ในแถวที่ %3 โปรดลบคอลัมน์ที่ไม่ใช้ และตรวจสอบว่าค่าต่าง ๆ คั่นด้วยเครื่องหมายจุลภาค (,)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation>ไฟล์นี้ไม่ใช่ข้อความแบบ UTF-8 กรุณาบันทึกไฟล์จากโปรแกรมตารางคำนวณเป็น “CSV UTF-8”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is empty: its first row must name the columns.</source>
        <translation>ไฟล์ว่างเปล่า แถวแรกต้องระบุชื่อคอลัมน์</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 values but the first row names only %2 columns.</source>
        <translation>มี %1 ค่า แต่แถวแรกระบุชื่อคอลัมน์ไว้เพียง %2 คอลัมน์</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <source>The CSV file “%1” cannot be read: %2</source>
        <translation>ไม่สามารถอ่านไฟล์ CSV “%1” ได้: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <location filename="../ui/app/databasefiles.cpp" line="+16"/>
        <source>Care databases (*.care);;All files (*)</source>
        <translation>ฐานข้อมูล Care (*.care);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>File: %1</source>
        <translation>ไฟล์: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the database</source>
        <translation>ไม่สามารถเปิดฐานข้อมูลได้</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a Care database</source>
        <translation>เปิดฐานข้อมูล Care</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create an empty Care database</source>
        <translation>สร้างฐานข้อมูล Care เปล่า</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Cannot create the database</source>
        <translation>ไม่สามารถสร้างฐานข้อมูลได้</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A file with this name already exists. Choose another name; Care does not overwrite existing files.</source>
        <translation>มีไฟล์ชื่อนี้อยู่แล้ว กรุณาเลือกชื่ออื่น เนื่องจาก Care จะไม่เขียนทับไฟล์ที่มีอยู่</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+8"/>
        <location line="+33"/>
        <source>Cannot create the demo</source>
        <translation>ไม่สามารถสร้างข้อมูลตัวอย่างได้</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The folder for the demo database cannot be created.</source>
        <translation>ไม่สามารถสร้างโฟลเดอร์สำหรับฐานข้อมูลตัวอย่างได้</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Demo municipality</source>
        <translation>เทศบาลตัวอย่าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A demo database already exists. Open it, or replace it with a new demo?</source>
        <translation>มีฐานข้อมูลตัวอย่างอยู่แล้ว ต้องการเปิดฐานข้อมูลเดิม หรือแทนที่ด้วยข้อมูลตัวอย่างชุดใหม่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replacing deletes every change made in the demo. File: %1</source>
        <translation>การแทนที่จะลบการเปลี่ยนแปลงทั้งหมดที่ทำไว้ในข้อมูลตัวอย่าง ไฟล์: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo</source>
        <translation>เปิดข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with a new demo</source>
        <translation>แทนที่ด้วยข้อมูลตัวอย่างชุดใหม่</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The old demo database cannot be removed. Close any other program using it.</source>
        <translation>ไม่สามารถลบฐานข้อมูลตัวอย่างเดิมได้ กรุณาปิดโปรแกรมอื่นที่กำลังใช้ไฟล์นี้</translation>
    </message>
</context>
<context>
    <name>DatabaseText</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+75"/>
        <source>No database file was given.</source>
        <translation>ไม่ได้ระบุไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The path is a folder, not a database file.</source>
        <translation>ตำแหน่งที่ระบุเป็นโฟลเดอร์ ไม่ใช่ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database file does not exist.</source>
        <translation>ไม่พบไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder for the new database does not exist.</source>
        <translation>ไม่พบโฟลเดอร์สำหรับฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key file of another database is in the way of the new one; move it away first.</source>
        <translation>มีไฟล์กุญแจของฐานข้อมูลอื่นอยู่ในตำแหน่งของฐานข้อมูลใหม่ โปรดย้ายออกก่อน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file could not be created: %1</source>
        <translation>ไม่สามารถสร้างไฟล์ฐานข้อมูลได้: %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The database file cannot be read: %1</source>
        <translation>ไม่สามารถอ่านไฟล์ฐานข้อมูลได้: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is empty; it is not a Care database.</source>
        <translation>ไฟล์ว่างเปล่า ไม่ใช่ฐานข้อมูล Care</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The database was made by a newer version of Care (schema %1; this version knows up to %2). Update Care to open it; the file was not changed.</source>
        <translation>ฐานข้อมูลนี้สร้างด้วย Care รุ่นที่ใหม่กว่า (โครงสร้างฐานข้อมูลรุ่น %1 แต่โปรแกรมรุ่นนี้รองรับถึงรุ่น %2) กรุณาปรับรุ่น Care ก่อนเปิดไฟล์นี้ ไฟล์ยังไม่ถูกแก้ไข</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file is an SQLite database of another program, not a Care database; it was not changed.</source>
        <translation>ไฟล์นี้เป็นฐานข้อมูล SQLite ของโปรแกรมอื่น ไม่ใช่ฐานข้อมูล Care ไฟล์ยังไม่ถูกแก้ไข</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key from the key file does not open this database: the file is damaged, was changed outside Care, or belongs with another key file. It was not changed.</source>
        <translation>กุญแจจากไฟล์กุญแจเปิดฐานข้อมูลนี้ไม่ได้ ไฟล์อาจเสียหาย ถูกแก้ไขจากภายนอก Care หรือเป็นคู่กับไฟล์กุญแจอื่น ไฟล์ไม่ได้ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The database file is read-only; Care needs to write to it.</source>
        <translation>ไฟล์ฐานข้อมูลเป็นแบบอ่านอย่างเดียว แต่ Care จำเป็นต้องบันทึกข้อมูลลงไฟล์นี้</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The file is not a Care database, or it is one whose key file is missing: an encrypted Care database opens only with the key file beside it (its name with “-keys” at the end). Copy it from a backup of this database.</source>
        <translation>ไฟล์นี้ไม่ใช่ฐานข้อมูลของ Care หรือเป็นฐานข้อมูลที่ไฟล์กุญแจหายไป ฐานข้อมูล Care ที่เข้ารหัสจะเปิดได้เมื่อมีไฟล์กุญแจอยู่ข้างกันเท่านั้น (ชื่อเดียวกันต่อท้ายด้วย “-keys”) โปรดคัดลอกไฟล์กุญแจจากข้อมูลสำรองของฐานข้อมูลนี้</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This key does not open the database.</source>
        <translation>กุญแจนี้เปิดฐานข้อมูลไม่ได้</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The database could not be opened: %1</source>
        <translation>ไม่สามารถเปิดฐานข้อมูลได้: %1</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The database is not open.</source>
        <translation>ฐานข้อมูลยังไม่ได้เปิด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database could not be opened.</source>
        <translation>เปิดฐานข้อมูลไม่ได้</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <location filename="../core/locale/dates.cpp" line="+141"/>
        <source>The date is empty.</source>
        <translation>ยังไม่ได้ระบุวันที่</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; is not a month name.</source>
        <translation>&quot;%1&quot; ไม่ใช่ชื่อเดือน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a date; write it as day/month/year, e.g. %2.</source>
        <translation>&quot;%1&quot; ไม่ใช่วันที่ กรุณาเขียนในรูปแบบ วัน/เดือน/ปี เช่น %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The year %1 is out of range.</source>
        <translation>ปี %1 อยู่นอกช่วงที่รองรับ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The month must be between 1 and 12.</source>
        <translation>เดือนต้องอยู่ระหว่าง 1 ถึง 12</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This month has no day %1.</source>
        <translation>เดือนนี้ไม่มีวันที่ %1</translation>
    </message>
</context>
<context>
    <name>DemoAccountText</name>
    <message>
        <location filename="../core/demo/demoaccounts.cpp" line="+92"/>
        <source>users, settings and backups; no case content</source>
        <translation>ผู้ใช้ การตั้งค่า และการสำรองข้อมูล ไม่รวมข้อมูลรายกรณี</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counts across all schools; records only by break-the-glass</source>
        <translation>จำนวนสถิติของทุกโรงเรียน ดูระเบียนได้เฉพาะผ่านการเข้าถึงกรณีจำเป็น</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>the whole school</source>
        <translation>ทั้งโรงเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>homeroom teacher of one classroom of this year (P.4/1 where the school has it)</source>
        <translation>ครูประจำชั้นของห้องเรียนหนึ่งห้องในปีนี้ (ป.4/1 หากโรงเรียนมีห้องนี้)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>home visits for two classrooms, the teacher&apos;s among them</source>
        <translation>การเยี่ยมบ้านของสองห้องเรียน ซึ่งรวมห้องเรียนของครูคนดังกล่าวด้วย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about 10 students referred for health care, with consent to share</source>
        <translation>นักเรียนประมาณ 10 คนที่ได้รับการส่งต่อเพื่อดูแลสุขภาพ โดยได้รับความยินยอมให้เปิดเผยข้อมูลแล้ว</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>Demo health referrals: %n student(s)</source>
        <translation>
            <numerusform>การส่งต่อด้านสุขภาพตัวอย่าง: นักเรียน %n คน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../app/care-cli/democommand.cpp" line="+131"/>
        <source>Generating demo data: %1%</source>
        <translation>กำลังสร้างข้อมูลตัวอย่าง: %1%</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Schools:</source>
        <translation>โรงเรียน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classrooms:</source>
        <translation>ห้องเรียน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Students:</source>
        <translation>นักเรียน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardians:</source>
        <translation>ผู้ปกครอง:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households:</source>
        <translation>ครัวเรือน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance records:</source>
        <translation>บันทึกการมาเรียน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic records:</source>
        <translation>บันทึกผลการเรียน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening results (SDQ):</source>
        <translation>ผลการคัดกรอง (SDQ):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour incidents:</source>
        <translation>เหตุการณ์ด้านพฤติกรรม:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily absences and late arrivals:</source>
        <translation>การขาดเรียนและการมาสายรายวัน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk levels in the history:</source>
        <translation>ระดับความเสี่ยงในประวัติ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Students at risk now:</source>
        <translation>นักเรียนที่อยู่ในกลุ่มเสี่ยงขณะนี้:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Students with a problem now:</source>
        <translation>นักเรียนที่อยู่ในกลุ่มมีปัญหาขณะนี้:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>เวลาที่ใช้:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 seconds</source>
        <translation>%1 วินาที</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created the demo database %1</source>
        <translation>สร้างฐานข้อมูลตัวอย่าง %1 แล้ว</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School</source>
        <translation>โรงเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaches</source>
        <translation>ขอบเขตการเข้าถึง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts, all with the password “%1” (sign in with CARE_USER and CARE_PASSWORD):</source>
        <translation>บัญชีผู้ใช้ทั้งหมดใช้รหัสผ่าน “%1” (เข้าสู่ระบบด้วย CARE_USER และ CARE_PASSWORD):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creates a new Care database with made-up schools, students, guardians, households, attendance, grades, SDQ screening results, behaviour incidents and risk levels with their history, for trying Care out. The same options always give the same data. An existing file is never overwritten.</source>
        <translation>สร้างฐานข้อมูล Care ใหม่พร้อมข้อมูลสมมุติของโรงเรียน นักเรียน ผู้ปกครอง ครัวเรือน การมาเรียน ผลการเรียน ผลการคัดกรอง SDQ เหตุการณ์ด้านพฤติกรรม และระดับความเสี่ยงพร้อมประวัติ สำหรับทดลองใช้ Care ตัวเลือกเดียวกันจะให้ข้อมูลชุดเดียวกันเสมอ และจะไม่เขียนทับไฟล์ที่มีอยู่แล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new database file (must not exist).</source>
        <translation>ไฟล์ฐานข้อมูลใหม่ (ต้องเป็นไฟล์ที่ยังไม่มีอยู่)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of students, 1 to 1,000,000 (default %1).</source>
        <translation>จำนวนนักเรียน 1 ถึง 1,000,000 คน (ค่าเริ่มต้น %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed for the made-up data, a whole number from 0 (default %1).</source>
        <translation>ค่าตั้งต้นสำหรับสุ่มข้อมูลสมมุติ เป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป (ค่าเริ่มต้น %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The current academic year in Buddhist Era, e.g. 2569 (default: this year).</source>
        <translation>ปีการศึกษาปัจจุบันเป็นปีพุทธศักราช เช่น 2569 (ค่าเริ่มต้น: ปีนี้)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing option --db FILE: where to create the demo database.</source>
        <translation>ไม่ได้ระบุตัวเลือก --db FILE: ตำแหน่งที่จะสร้างฐานข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Invalid value “%1” for --seed: give a whole number from 0 to %2.</source>
        <translation>ค่า “%1” ของ --seed ไม่ถูกต้อง: กรุณาระบุจำนวนเต็มตั้งแต่ 0 ถึง %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The path is a folder; give the name of a new database file. [%1]</source>
        <translation>ตำแหน่งที่ระบุเป็นโฟลเดอร์ กรุณาระบุชื่อไฟล์ฐานข้อมูลใหม่ [%1]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file already exists; demo data is only written to a new file. Choose another name or remove the file first. [%1]</source>
        <translation>มีไฟล์นี้อยู่แล้ว ข้อมูลตัวอย่างจะบันทึกลงไฟล์ใหม่เท่านั้น กรุณาเลือกชื่ออื่นหรือลบไฟล์เดิมก่อน [%1]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The demo database was not created: %1</source>
        <translation>สร้างฐานข้อมูลตัวอย่างไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>DemoCreation</name>
    <message>
        <location filename="../ui/app/democreation.cpp" line="+30"/>
        <source>Demo municipality</source>
        <translation>เทศบาลตัวอย่าง</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Creating the demo municipality with %Ln student(s)…</source>
        <translation>
            <numerusform>กำลังสร้างเทศบาลตัวอย่างที่มีนักเรียน %Ln คน…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Creating the demo municipality stopped unexpectedly.</source>
        <translation>การสร้างเทศบาลตัวอย่างหยุดลงโดยไม่คาดคิด</translation>
    </message>
</context>
<context>
    <name>DemoRiskText</name>
    <message>
        <location filename="../core/demo/demorisk.cpp" line="+67"/>
        <source>Demo risk levels as of %1: %2 students assessed, %3 changed</source>
        <translation>ระดับความเสี่ยงของข้อมูลตัวอย่าง ณ %1: ประเมินนักเรียน %2 คน เปลี่ยนแปลง %3 คน</translation>
    </message>
</context>
<context>
    <name>DemoText</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="+54"/>
        <source>The demo was cancelled; no file was left behind.</source>
        <translation>ยกเลิกการสร้างข้อมูลตัวอย่างแล้ว และไม่มีไฟล์ค้างอยู่</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The number of demo students must be between 1 and %L1.</source>
        <translation>จำนวนนักเรียนตัวอย่างต้องอยู่ระหว่าง 1 ถึง %L1 คน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The academic year must be a Buddhist Era year such as 2569.</source>
        <translation>ปีการศึกษาต้องเป็นปีพุทธศักราช เช่น 2569</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file was given for the demo database.</source>
        <translation>ไม่ได้ระบุไฟล์สำหรับฐานข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file already exists; a demo is only written to a new file.</source>
        <translation>มีไฟล์นี้อยู่แล้ว ข้อมูลตัวอย่างจะบันทึกลงไฟล์ใหม่เท่านั้น</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Demo municipality: %1 schools, %2 classrooms</source>
        <translation>เทศบาลตัวอย่าง: โรงเรียน %1 แห่ง ห้องเรียน %2 ห้อง</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Demo students %1–%2 of %3</source>
        <translation>นักเรียนตัวอย่างคนที่ %1–%2 จากทั้งหมด %3 คน</translation>
    </message>
</context>
<context>
    <name>DemoWordsText</name>
    <message>
        <location filename="../core/demo/demowords.cpp" line="+39"/>
        <source>The demo word list is missing or damaged.</source>
        <translation>ไม่พบรายการคำสำหรับข้อมูลตัวอย่าง หรือรายการคำเสียหาย</translation>
    </message>
</context>
<context>
    <name>EditStudentCommand</name>
    <message>
        <location filename="../ui/student/editstudentcommand.cpp" line="+11"/>
        <source>Edit student %1</source>
        <translation>แก้ไขข้อมูลนักเรียน %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not undo the change to the student</source>
        <translation>ไม่สามารถเลิกทำการแก้ไขข้อมูลนักเรียนได้</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not redo the change to the student</source>
        <translation>ไม่สามารถทำซ้ำการแก้ไขข้อมูลนักเรียนได้</translation>
    </message>
</context>
<context>
    <name>EnumText</name>
    <message>
        <location filename="../core/domain/enums.cpp" line="+110"/>
        <source>Child development centre</source>
        <translation>ศูนย์พัฒนาเด็กเล็ก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kindergarten</source>
        <translation>โรงเรียนอนุบาล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary school</source>
        <translation>โรงเรียนประถมศึกษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary school</source>
        <translation>โรงเรียนมัธยมศึกษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kindergarten to secondary school</source>
        <translation>โรงเรียนระดับอนุบาลถึงมัธยมศึกษา</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Male</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Female</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Studying</source>
        <translation>กำลังศึกษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved school</source>
        <translation>ย้ายสถานศึกษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left school</source>
        <translation>ออกกลางคัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graduated</source>
        <translation>จบการศึกษา</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>National ID number</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G-code</source>
        <translation>G-code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ID number</source>
        <translation>ไม่มีเลขประจำตัว</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Father</source>
        <translation>บิดา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mother</source>
        <translation>มารดา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandfather</source>
        <translation>ปู่/ตา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandmother</source>
        <translation>ย่า/ยาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncle</source>
        <translation>ลุง/น้าชาย/อาชาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aunt</source>
        <translation>ป้า/น้าสาว/อาสาว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older sibling</source>
        <translation>พี่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other relative</source>
        <translation>ญาติอื่น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lives with both parents</source>
        <translation>อยู่กับบิดาและมารดา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives with mother</source>
        <translation>อยู่กับมารดา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives with father</source>
        <translation>อยู่กับบิดา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives with grandparents</source>
        <translation>อยู่กับปู่ย่าหรือตายาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives with relatives</source>
        <translation>อยู่กับญาติ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives in a care institution</source>
        <translation>อยู่ในสถานสงเคราะห์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other arrangement</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ECD</source>
        <translation>ศพด.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K.%1</source>
        <translation>อ.%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P.%1</source>
        <translation>ป.%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M.%1</source>
        <translation>ม.%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Early childhood development centre</source>
        <translation>ศูนย์พัฒนาเด็กเล็ก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kindergarten %1</source>
        <translation>อนุบาล %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary %1</source>
        <translation>ประถมศึกษาปีที่ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary %1</source>
        <translation>มัธยมศึกษาปีที่ %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/care-cli/exportcommand.cpp" line="+25"/>
        <source>Usage: care-cli export subject --db FILE --student ID --out DIR</source>
        <translation>วิธีใช้: care-cli export subject --db FILE --student ID --out DIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run “care-cli export subject --help” for its options.</source>
        <translation>ดูตัวเลือกของคำสั่งนี้ได้ด้วย “care-cli export subject --help”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writes everything Care holds about one student (a PDPA subject-access request) into the folder DIR: &lt;record id&gt;-subject-access.json and &lt;record id&gt;-subject-access.pdf, readable by you only. The export is recorded in the audit trail.</source>
        <translation>ส่งออกข้อมูลทั้งหมดที่ Care จัดเก็บเกี่ยวกับนักเรียนหนึ่งคน (การส่งออกข้อมูลตามคำขอของเจ้าของข้อมูลตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล) ลงในโฟลเดอร์ DIR เป็นไฟล์ &lt;record id&gt;-subject-access.json และ &lt;record id&gt;-subject-access.pdf ซึ่งมีเพียงคุณเท่านั้นที่เปิดอ่านได้ การส่งออกนี้จะถูกบันทึกไว้ในบันทึกการใช้งาน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The student: record id, national ID number or G-code, or student number.</source>
        <translation>นักเรียน: รหัสระเบียน เลขประจำตัวประชาชนหรือ G-code หรือเลขประจำตัวนักเรียน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An existing folder for the two files.</source>
        <translation>โฟลเดอร์ที่มีอยู่แล้วสำหรับเก็บไฟล์ทั้งสอง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing option --student ID.</source>
        <translation>ไม่ได้ระบุตัวเลือก --student ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing option --out DIR: the folder for the files.</source>
        <translation>ไม่ได้ระบุตัวเลือก --out DIR: โฟลเดอร์สำหรับเก็บไฟล์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder does not exist; create it first. [%1]</source>
        <translation>ไม่พบโฟลเดอร์นี้ โปรดสร้างโฟลเดอร์ก่อน [%1]</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>Wrote %1</source>
        <translation>บันทึกไฟล์ %1 แล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This care-cli was built without QtGui, so no PDF was written; the JSON file holds the same information.</source>
        <translation>care-cli รุ่นนี้สร้างขึ้นโดยไม่มี QtGui จึงไม่ได้สร้างไฟล์ PDF แต่ไฟล์ JSON มีข้อมูลเดียวกันครบถ้วน</translation>
    </message>
</context>
<context>
    <name>FieldCipherText</name>
    <message>
        <location filename="../core/security/fieldcipher.cpp" line="+128"/>
        <location line="+30"/>
        <source>A protected value is stored in an unknown form; it cannot be opened.</source>
        <translation>ข้อมูลที่ได้รับการป้องกันถูกจัดเก็บในรูปแบบที่ไม่รู้จัก จึงไม่สามารถเปิดอ่านได้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A protected value is damaged (it is not valid base64).</source>
        <translation>ข้อมูลที่ได้รับการป้องกันเสียหาย (ไม่ใช่ base64 ที่ถูกต้อง)</translation>
    </message>
</context>
<context>
    <name>FormFiles</name>
    <message>
        <location filename="../ui/privacy/formfiles.cpp" line="+24"/>
        <source>The file “%1” does not exist.</source>
        <translation>ไม่พบไฟล์ “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scanned form is larger than 10 MB. Scan it at a lower resolution.</source>
        <translation>ไฟล์แบบฟอร์มที่สแกนมีขนาดเกิน 10 MB โปรดสแกนด้วยความละเอียดที่ต่ำลง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “%1” cannot be read: %2</source>
        <translation>ไม่สามารถอ่านไฟล์ “%1” ได้: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No program on this computer opens the form “%1”.</source>
        <translation>ไม่มีโปรแกรมในคอมพิวเตอร์เครื่องนี้ที่เปิดแบบฟอร์ม “%1” ได้</translation>
    </message>
</context>
<context>
    <name>GeneralHelp</name>
    <message>
        <location filename="../app/care-cli/generalhelp.cpp" line="+17"/>
        <source>Create a new database filled with realistic demo data.</source>
        <translation>สร้างฐานข้อมูลใหม่พร้อมข้อมูลตัวอย่างที่ใกล้เคียงของจริง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find students by name, nickname, ID number or student number.</source>
        <translation>ค้นหานักเรียนจากชื่อ ชื่อเล่น เลขประจำตัว หรือเลขประจำตัวนักเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show one student&apos;s record (ID: record id, national ID number or G-code).</source>
        <translation>แสดงข้อมูลนักเรียนหนึ่งคน (ID: รหัสระเบียน เลขประจำตัวประชาชน หรือ G-code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a national ID number or G-code.</source>
        <translation>ตรวจสอบเลขประจำตัวประชาชนหรือ G-code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage user accounts (administrator; director for their school).</source>
        <translation>จัดการบัญชีผู้ใช้ (ผู้ดูแลระบบ และผู้อำนวยการโรงเรียนสำหรับโรงเรียนของตน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change your own password.</source>
        <translation>เปลี่ยนรหัสผ่านของคุณเอง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that no audit event was changed or deleted (no sign-in needed).</source>
        <translation>ตรวจสอบว่าไม่มีเหตุการณ์ในบันทึกการใช้งานถูกแก้ไขหรือลบ (ไม่ต้องเข้าสู่ระบบ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List audit events: who did or viewed what, and when.</source>
        <translation>แสดงรายการเหตุการณ์ในบันทึกการใช้งาน: ใครทำหรือดูอะไร และเมื่อใด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a checked backup of the database.</source>
        <translation>สร้างไฟล์สำรองข้อมูลของฐานข้อมูลพร้อมตรวจสอบความสมบูรณ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a backup&apos;s preview and restore it (--dry-run: only check the backup).</source>
        <translation>แสดงตัวอย่างของไฟล์สำรองข้อมูลและกู้คืน (--dry-run: ตรวจสอบไฟล์สำรองข้อมูลเท่านั้น)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymise students who left school longer ago than the retention period.</source>
        <translation>ทำให้ข้อมูลของนักเรียนที่ออกจากโรงเรียนนานเกินระยะเวลาการเก็บรักษาข้อมูลเป็นข้อมูลนิรนาม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write everything held about one student as JSON and PDF (PDPA subject access).</source>
        <translation>ส่งออกข้อมูลทั้งหมดที่จัดเก็บเกี่ยวกับนักเรียนหนึ่งคนเป็น JSON และ PDF (การส่งออกข้อมูลตามคำขอของเจ้าของข้อมูลตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score one questionnaire (e.g. the SDQ) and show every score and band; no database needed.</source>
        <translation>ให้คะแนนแบบประเมินหนึ่งชุด (เช่น SDQ) และแสดงคะแนนและระดับผลทุกรายการ โดยไม่ต้องใช้ฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the questionnaires and checklists Care can score, and any instrument file that is broken.</source>
        <translation>แสดงรายการแบบประเมินและแบบตรวจสอบที่ Care ให้คะแนนได้ รวมทั้งไฟล์แบบประเมินที่เสียหาย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the licensed wording of questionnaires from a wording file.</source>
        <translation>ติดตั้งข้อความคำถามของแบบประเมินที่ได้รับอนุญาตจากไฟล์ข้อความคำถาม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record screening answers in bulk from a CSV file (all rows or none).</source>
        <translation>บันทึกคำตอบการคัดกรองครั้งละหลายรายการจากไฟล์ CSV (บันทึกทุกแถวหรือไม่บันทึกเลย)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a student&apos;s screening results.</source>
        <translation>แสดงผลการคัดกรองของนักเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record or show a student&apos;s attendance per term.</source>
        <translation>บันทึกหรือแสดงการมาเรียนของนักเรียนรายภาคเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record or show a student&apos;s GPA and failing marks (0, ร, มส) per term.</source>
        <translation>บันทึกหรือแสดงเกรดเฉลี่ย (GPA) และผลการเรียน 0, ร, มส ของนักเรียนรายภาคเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record or show a student&apos;s behaviour incidents.</source>
        <translation>บันทึกหรือแสดงเหตุการณ์ด้านพฤติกรรมของนักเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recompute every student&apos;s risk levels with the rules in force.</source>
        <translation>คำนวณระดับความเสี่ยงของนักเรียนทุกคนใหม่ตามเกณฑ์ที่ใช้อยู่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List students at risk or with a problem, and the worklists.</source>
        <translation>แสดงรายชื่อนักเรียนกลุ่มเสี่ยงหรือกลุ่มมีปัญหา และรายชื่อที่ต้องติดตาม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a student&apos;s risk levels per domain with the reasons in words.</source>
        <translation>แสดงระดับความเสี่ยงของนักเรียนรายด้านพร้อมเหตุผลเป็นข้อความ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count per school who would move between levels under other risk rules.</source>
        <translation>นับจำนวนนักเรียนรายโรงเรียนที่จะเปลี่ยนระดับหากใช้เกณฑ์ความเสี่ยงชุดอื่น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the risk rules in force, or activate others.</source>
        <translation>แสดงเกณฑ์ความเสี่ยงที่ใช้อยู่ หรือเปิดใช้เกณฑ์ชุดอื่น</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show this help; after a command, that command&apos;s help.</source>
        <translation>แสดงวิธีใช้นี้ หากใส่ต่อท้ายคำสั่งจะแสดงวิธีใช้ของคำสั่งนั้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>แสดงรุ่นของโปรแกรม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of messages and dates (default: from LC_ALL, LC_MESSAGES or LANG).</source>
        <translation>ภาษาของข้อความและวันที่ (ค่าเริ่มต้น: ตาม LC_ALL, LC_MESSAGES หรือ LANG)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>success</source>
        <translation>สำเร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid input, or no record you may see was found (one outside your reach is answered the same way)</source>
        <translation>ข้อมูลที่ระบุไม่ถูกต้อง หรือไม่พบระเบียนในขอบเขตที่คุณเข้าถึงได้ (ระเบียนที่อยู่นอกขอบเขตของคุณจะได้รับคำตอบแบบเดียวกัน)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file or database problem (missing, unreadable, not a Care database, made by a newer version, already exists)</source>
        <translation>ไฟล์หรือฐานข้อมูลมีปัญหา (ไม่พบไฟล์ อ่านไม่ได้ ไม่ใช่ฐานข้อมูล Care สร้างด้วยรุ่นที่ใหม่กว่า หรือมีไฟล์อยู่แล้ว)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed in (wrong password, locked, disabled, no user name) or not permitted for this user</source>
        <translation>ไม่ได้เข้าสู่ระบบ (รหัสผ่านไม่ถูกต้อง ถูกระงับชั่วคราว ถูกปิดใช้งาน หรือไม่ได้ระบุชื่อผู้ใช้) หรือผู้ใช้นี้ไม่ได้รับอนุญาต</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong usage: unknown command or option, missing argument</source>
        <translation>ใช้งานไม่ถูกต้อง: ไม่รู้จักคำสั่งหรือตัวเลือก หรือไม่ได้ระบุอาร์กิวเมนต์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usage: care-cli COMMAND [OPTIONS]</source>
        <translation>วิธีใช้: care-cli คำสั่ง [ตัวเลือก]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care&apos;s command-line tool: works on a Care database file without a window.</source>
        <translation>เครื่องมือบรรทัดคำสั่งของ Care: ทำงานกับไฟล์ฐานข้อมูล Care โดยไม่ต้องเปิดหน้าต่างโปรแกรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>คำสั่ง:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>ตัวเลือก:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in:</source>
        <translation>การเข้าสู่ระบบ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands that read or change records sign in as the user in CARE_USER with the password in CARE_PASSWORD; when either is not set, care-cli asks on the terminal. Each user reaches only what their role and school allow.</source>
        <translation>คำสั่งที่อ่านหรือแก้ไขระเบียนจะเข้าสู่ระบบในนามผู้ใช้ที่ระบุใน CARE_USER ด้วยรหัสผ่านที่ระบุใน CARE_PASSWORD หากไม่ได้ตั้งค่าตัวใดตัวหนึ่ง care-cli จะถามในเทอร์มินัล ผู้ใช้แต่ละคนเข้าถึงได้เฉพาะข้อมูลที่บทบาทและโรงเรียนของตนอนุญาต</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit codes:</source>
        <translation>รหัสสิ้นสุดการทำงาน:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No command given.</source>
        <translation>ไม่ได้ระบุคำสั่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Run “care-cli --help” for the list of commands.</source>
        <translation>ดูรายการคำสั่งได้ด้วย “care-cli --help”</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Unknown command “%1”.</source>
        <translation>ไม่รู้จักคำสั่ง “%1”</translation>
    </message>
</context>
<context>
    <name>GradesCommand</name>
    <message>
        <location filename="../app/care-cli/gradescommand.cpp" line="+27"/>
        <source>Invalid value “%1” for --mark: write SUBJECT=MARK with the mark 0, ร (or r) or มส (or ms), e.g. คณิตศาสตร์=0.</source>
        <translation>ค่า “%1” ของ --mark ไม่ถูกต้อง: กรุณาเขียนในรูปแบบ SUBJECT=MARK โดยผลการเรียนเป็น 0, ร (หรือ r) หรือ มส (หรือ ms) เช่น คณิตศาสตร์=0</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Usage: care-cli grades set|list --db FILE …</source>
        <translation>วิธีใช้: care-cli grades set|list --db FILE …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  set   Record a student&apos;s GPA and failing marks in one term.</source>
        <translation>  set   บันทึกเกรดเฉลี่ยและผลการเรียน 0, ร, มส ของนักเรียนในหนึ่งภาคเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  list  Show a student&apos;s grades per term.</source>
        <translation>  list  แสดงผลการเรียนของนักเรียนรายภาคเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “care-cli grades set --help” or “care-cli grades list --help” for their options.</source>
        <translation>ดูตัวเลือกของคำสั่งเหล่านี้ได้ด้วย “care-cli grades set --help” หรือ “care-cli grades list --help”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Records a student&apos;s grades in one term, replacing what was recorded for it: the GPA (0.00–4.00) and the failing marks, either per subject with --mark (repeat it; the counts follow) or as counts only.</source>
        <translation>บันทึกผลการเรียนของนักเรียนในหนึ่งภาคเรียน โดยแทนที่ข้อมูลที่เคยบันทึกไว้สำหรับภาคเรียนนั้น ได้แก่ เกรดเฉลี่ย (0.00–4.00) และผลการเรียน 0, ร, มส ซึ่งระบุได้ทั้งแบบรายวิชาด้วย --mark (ใช้ซ้ำได้หลายครั้ง และระบบจะนับจำนวนให้) หรือระบุเป็นจำนวนอย่างเดียว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record id, or the national ID number or G-code (dashes allowed).</source>
        <translation>รหัสระเบียน เลขประจำตัวประชาชน หรือ G-code (ใส่ขีดได้)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The term&apos;s GPA, 0.00 to 4.00.</source>
        <translation>เกรดเฉลี่ยของภาคเรียน 0.00 ถึง 4.00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A failing mark of one subject: SUBJECT=0, SUBJECT=ร or SUBJECT=มส.</source>
        <translation>ผลการเรียนที่ไม่ผ่านของหนึ่งวิชา: SUBJECT=0, SUBJECT=ร หรือ SUBJECT=มส</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of 0 marks, without --mark.</source>
        <translation>จำนวนวิชาที่ได้ 0 เมื่อไม่ใช้ --mark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of ร marks, without --mark.</source>
        <translation>จำนวนวิชาที่ได้ ร เมื่อไม่ใช้ --mark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of มส marks, without --mark.</source>
        <translation>จำนวนวิชาที่ได้ มส เมื่อไม่ใช้ --mark</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid value “%1” for --gpa: give a number from 0.00 to 4.00.</source>
        <translation>ค่า “%1” ของ --gpa ไม่ถูกต้อง: กรุณาระบุตัวเลขตั้งแต่ 0.00 ถึง 4.00</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Grades saved.</source>
        <translation>บันทึกผลการเรียนแล้ว</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shows a student&apos;s GPA and failing marks per term, newest first.</source>
        <translation>แสดงเกรดเฉลี่ยและผลการเรียน 0, ร, มส ของนักเรียนรายภาคเรียน เรียงจากล่าสุด</translation>
    </message>
</context>
<context>
    <name>IndicatorServiceText</name>
    <message>
        <location filename="../core/services/indicatorservice.cpp" line="+26"/>
        <source>Days enrolled must be from 0 to %1, the length of term %2.</source>
        <translation>จำนวนวันที่ต้องมาเรียนต้องอยู่ระหว่าง 0 ถึง %1 ซึ่งเป็นความยาวของภาคเรียน %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days absent cannot be negative.</source>
        <translation>จำนวนวันที่ขาดเรียนต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days late cannot be negative.</source>
        <translation>จำนวนวันที่มาสายต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term %1 has daily absence records: days absent is %2, counted from them. Add or remove daily absences instead.</source>
        <translation>ภาคเรียน %1 มีบันทึกการขาดเรียนรายวัน: จำนวนวันที่ขาดเรียนคือ %2 ซึ่งนับจากบันทึกเหล่านั้น กรุณาเพิ่มหรือลบบันทึกการขาดเรียนรายวันแทน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Term %1 has daily absence records: days late is %2, counted from them. Add or remove daily late arrivals instead.</source>
        <translation>ภาคเรียน %1 มีบันทึกการขาดเรียนรายวัน: จำนวนวันที่มาสายคือ %2 ซึ่งนับจากบันทึกเหล่านั้น กรุณาเพิ่มหรือลบบันทึกการมาสายรายวันแทน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Days absent and late together (%1) are more than the days enrolled (%2).</source>
        <translation>จำนวนวันที่ขาดเรียนรวมกับวันที่มาสาย (%1) มากกว่าจำนวนวันที่ต้องมาเรียน (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Term %1 would have %2 days absent or late but only %3 days enrolled. Correct the days enrolled first.</source>
        <translation>ภาคเรียน %1 จะมีวันที่ขาดเรียนหรือมาสาย %2 วัน แต่มีวันที่ต้องมาเรียนเพียง %3 วัน กรุณาแก้ไขจำนวนวันที่ต้องมาเรียนก่อน</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Enter the date of the absence.</source>
        <translation>กรุณากรอกวันที่ขาดเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of the absence (%1) is in the future.</source>
        <translation>วันที่ขาดเรียน (%1) เป็นวันที่ในอนาคต</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The student already has a daily absence or late arrival on %1.</source>
        <translation>นักเรียนมีบันทึกการขาดเรียนหรือมาสายรายวันในวันที่ %1 อยู่แล้ว</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+16"/>
        <source>No daily absence has this id.</source>
        <translation>ไม่พบบันทึกการขาดเรียนรายวันที่มีรหัสนี้</translation>
    </message>
    <message>
        <location filename="../core/services/indicatorservicebehaviour.cpp" line="+19"/>
        <source>No behaviour incident has this id.</source>
        <translation>ไม่พบเหตุการณ์ด้านพฤติกรรมที่มีรหัสนี้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the date of the incident.</source>
        <translation>กรุณากรอกวันที่เกิดเหตุการณ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of the incident (%1) is in the future.</source>
        <translation>วันที่เกิดเหตุการณ์ (%1) เป็นวันที่ในอนาคต</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The date of the incident (%1) is before the student&apos;s birth date.</source>
        <translation>วันที่เกิดเหตุการณ์ (%1) อยู่ก่อนวันเกิดของนักเรียน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The note is longer than %1 characters.</source>
        <translation>หมายเหตุยาวเกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../core/services/indicatorservicegrades.cpp" line="+28"/>
        <source>Failing mark %1 has no subject name.</source>
        <translation>ผลการเรียนที่ไม่ผ่านรายการที่ %1 ไม่มีชื่อวิชา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The subject name “%1…” is longer than %2 characters.</source>
        <translation>ชื่อวิชา “%1…” ยาวเกิน %2 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The subject “%1” is listed twice.</source>
        <translation>วิชา “%1” ถูกระบุซ้ำสองครั้ง</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number of %1 must be from 0 to %2.</source>
        <translation>จำนวน%1 ต้องอยู่ระหว่าง 0 ถึง %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The GPA must be from 0.00 to 4.00.</source>
        <translation>เกรดเฉลี่ยต้องอยู่ระหว่าง 0.00 ถึง 4.00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 marks</source>
        <translation>วิชาที่ได้ 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ร marks</source>
        <translation>วิชาที่ได้ ร</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>มส marks</source>
        <translation>วิชาที่ได้ มส</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The failing-mark counts (%1 × 0, %2 × ร, %3 × มส) do not match the subjects listed (%4 × 0, %5 × ร, %6 × มส).</source>
        <translation>จำนวนผลการเรียน 0, ร, มส (%1 × 0, %2 × ร, %3 × มส) ไม่ตรงกับรายวิชาที่ระบุ (%4 × 0, %5 × ร, %6 × มส)</translation>
    </message>
    <message>
        <location filename="../core/services/indicatorsupport.cpp" line="+10"/>
        <source>Care is locked. Sign in again to read or record notes and screening answers.</source>
        <translation>Care ถูกล็อกอยู่ โปรดเข้าสู่ระบบอีกครั้งเพื่ออ่านหรือบันทึกหมายเหตุและคำตอบการคัดกรอง</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The student is not enrolled in academic year %1.</source>
        <translation>นักเรียนไม่ได้ลงทะเบียนเรียนในปีการศึกษา %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a term: no term has the id “%1”.</source>
        <translation>กรุณาเลือกภาคเรียน: ไม่พบภาคเรียนที่มีรหัส “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 falls outside every term of the school calendar.</source>
        <translation>%1 ไม่อยู่ในภาคเรียนใดตามปฏิทินการศึกษาของโรงเรียน</translation>
    </message>
</context>
<context>
    <name>IndicatorText</name>
    <message>
        <location filename="../core/domain/indicators.cpp" line="+94"/>
        <source>Absent</source>
        <translation>ขาดเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>มาสาย</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0 (fail)</source>
        <translation>0 (ไม่ผ่าน)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ร (incomplete)</source>
        <translation>ร (รอการตัดสิน)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>มส (not allowed to sit the exam)</source>
        <translation>มส (ไม่มีสิทธิ์สอบ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Truancy</source>
        <translation>หนีเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disrupting lessons</source>
        <translation>ก่อกวนการเรียนการสอน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bullying</source>
        <translation>กลั่นแกล้งรังแกผู้อื่น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fighting or violence</source>
        <translation>ทะเลาะวิวาทหรือใช้ความรุนแรง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drugs, alcohol or smoking</source>
        <translation>ยาเสพติด สุรา หรือบุหรี่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrying a weapon</source>
        <translation>พกพาอาวุธ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vandalism or theft</source>
        <translation>ทำลายทรัพย์สินหรือลักขโมย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risky sexual behaviour</source>
        <translation>พฤติกรรมทางเพศที่เสี่ยง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaming or internet overuse</source>
        <translation>ติดเกมหรือใช้อินเทอร์เน็ตมากเกินไป</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minor</source>
        <translation>เล็กน้อย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serious</source>
        <translation>ร้ายแรง</translation>
    </message>
</context>
<context>
    <name>InstrumentImpactText</name>
    <message>
        <location filename="../core/screening/instrumentimpact.cpp" line="+83"/>
        <source>the wording key &quot;%1&quot; is used twice.</source>
        <translation>คีย์ข้อความคำถาม &quot;%1&quot; ถูกใช้ซ้ำสองครั้ง</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>give one score for each of the %n choice(s).</source>
        <translation>
            <numerusform>กรุณาระบุคะแนนหนึ่งค่าสำหรับแต่ละตัวเลือก รวม %n ตัวเลือก</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstrumentJsonText</name>
    <message>
        <location filename="../core/screening/instrumentjson.cpp" line="+26"/>
        <source>true or false</source>
        <translation>true หรือ false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+107"/>
        <source>a string</source>
        <translation>ข้อความ (string)</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+95"/>
        <source>an array</source>
        <translation>อาร์เรย์ (array)</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+50"/>
        <location line="+36"/>
        <source>an object</source>
        <translation>ออบเจกต์ (object)</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>nothing</source>
        <translation>ไม่มีค่าใด ๆ</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The instrument file %1 is not valid JSON at line %2, column %3: %4.</source>
        <translation>ไฟล์แบบประเมิน %1 ไม่ใช่ JSON ที่ถูกต้อง ที่บรรทัด %2 คอลัมน์ %3: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The band file %1 is not valid JSON at line %2, column %3: %4.</source>
        <translation>ไฟล์เกณฑ์แปลผล %1 ไม่ใช่ JSON ที่ถูกต้อง ที่บรรทัด %2 คอลัมน์ %3: %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The instrument file %1 is not valid at %2: %3</source>
        <translation>ไฟล์แบบประเมิน %1 ไม่ถูกต้องที่ %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The band file %1 is not valid at %2: %3</source>
        <translation>ไฟล์เกณฑ์แปลผล %1 ไม่ถูกต้องที่ %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected %1 but found %2.</source>
        <translation>ต้องเป็น %1 แต่พบ %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown key &quot;%1&quot;; expected one of: %2.</source>
        <translation>ไม่รู้จักคีย์ &quot;%1&quot; ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this key is missing.</source>
        <translation>ขาดคีย์นี้</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>the list needs at least %n element(s).</source>
        <translation>
            <numerusform>รายการต้องมีอย่างน้อย %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a valid code: use 1 to 64 lowercase letters, digits, &quot;_&quot;, &quot;-&quot; or &quot;.&quot;, starting with a letter or digit.</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัสที่ถูกต้อง: ใช้ตัวอักษรภาษาอังกฤษพิมพ์เล็ก ตัวเลข &quot;_&quot; &quot;-&quot; หรือ &quot;.&quot; ความยาว 1 ถึง 64 ตัว โดยขึ้นต้นด้วยตัวอักษรหรือตัวเลข</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a whole number</source>
        <translation>จำนวนเต็ม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is out of range; expected a whole number from %2 to %3.</source>
        <translation>%1 อยู่นอกช่วงที่กำหนด ต้องเป็นจำนวนเต็มตั้งแต่ %2 ถึง %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>give the text in Thai (&quot;th&quot;), English (&quot;en&quot;) or both.</source>
        <translation>กรุณาระบุข้อความเป็นภาษาไทย (&quot;th&quot;) ภาษาอังกฤษ (&quot;en&quot;) หรือทั้งสองภาษา</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>expected %n choice(s), one for each answer value.</source>
        <translation>
            <numerusform>ต้องมี %n ตัวเลือก หนึ่งตัวเลือกต่อหนึ่งค่าคำตอบ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstrumentLoaderText</name>
    <message>
        <location filename="../core/screening/instrumentloader.cpp" line="+38"/>
        <source>the version must be 1 to 32 characters long.</source>
        <translation>เวอร์ชันต้องมีความยาว 1 ถึง 32 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown respondent &quot;%1&quot;; expected parent, teacher or self.</source>
        <translation>ไม่รู้จักผู้ตอบ &quot;%1&quot; ต้องเป็น parent, teacher หรือ self</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the lowest age (%1) is above the highest (%2).</source>
        <translation>อายุต่ำสุด (%1) สูงกว่าอายุสูงสุด (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the band set &quot;%1&quot; is defined twice.</source>
        <translation>ชุดเกณฑ์แปลผล &quot;%1&quot; ถูกกำหนดซ้ำสองครั้ง</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no band set &quot;%1&quot;; the instrument has: %2.</source>
        <translation>ไม่มีชุดเกณฑ์แปลผล &quot;%1&quot; ชุดเกณฑ์แปลผลของแบบประเมินนี้ได้แก่: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The band file %1 cannot be read: %2.</source>
        <translation>ไม่สามารถอ่านไฟล์เกณฑ์แปลผล %1 ได้: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instrument file %1 cannot be read: %2.</source>
        <translation>ไม่สามารถอ่านไฟล์แบบประเมิน %1 ได้: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The band file %1 is larger than 1 MB; it cannot be one.</source>
        <translation>ไฟล์เกณฑ์แปลผล %1 มีขนาดใหญ่กว่า 1 MB จึงไม่ใช่ไฟล์เกณฑ์แปลผลที่ถูกต้อง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instrument file %1 is larger than 1 MB; it cannot be one.</source>
        <translation>ไฟล์แบบประเมิน %1 มีขนาดใหญ่กว่า 1 MB จึงไม่ใช่ไฟล์แบบประเมินที่ถูกต้อง</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The band file &quot;%1&quot; must be named relative to the instrument&apos;s folder, without &quot;..&quot;.</source>
        <translation>ต้องระบุชื่อไฟล์เกณฑ์แปลผล &quot;%1&quot; โดยอ้างอิงจากโฟลเดอร์ของแบบประเมิน และห้ามมี &quot;..&quot;</translation>
    </message>
</context>
<context>
    <name>InstrumentOptions</name>
    <message>
        <location filename="../app/care-cli/instrumentoptions.cpp" line="+14"/>
        <source>Also load the instrument files (*.json) of this folder; they replace shipped instruments with the same id.</source>
        <translation>โหลดไฟล์แบบประเมิน (*.json) จากโฟลเดอร์นี้ด้วย โดยจะใช้แทนแบบประเมินที่มากับโปรแกรมซึ่งมีรหัสเดียวกัน</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The instrument folder %1 does not exist.</source>
        <translation>ไม่พบโฟลเดอร์แบบประเมิน %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown instrument “%1”; the instruments are: %2.</source>
        <translation>ไม่รู้จักแบบประเมิน “%1” แบบประเมินที่มีได้แก่: %2</translation>
    </message>
</context>
<context>
    <name>InstrumentPartsText</name>
    <message>
        <location filename="../core/screening/instrumentparts.cpp" line="+83"/>
        <source>item number %1 is used twice.</source>
        <translation>หมายเลขข้อ %1 ถูกใช้ซ้ำสองครั้ง</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the wording key &quot;%1&quot; is used twice.</source>
        <translation>คีย์ข้อความคำถาม &quot;%1&quot; ถูกใช้ซ้ำสองครั้ง</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown domain &quot;%1&quot;; expected one of: %2.</source>
        <translation>ไม่รู้จักด้าน &quot;%1&quot; ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>item %1 is not in the instrument.</source>
        <translation>ข้อ %1 ไม่มีอยู่ในแบบประเมิน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>item %1 is listed twice.</source>
        <translation>ข้อ %1 ถูกระบุซ้ำสองครั้ง</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the score &quot;%1&quot; is defined twice.</source>
        <translation>คะแนน &quot;%1&quot; ถูกกำหนดซ้ำสองครั้ง</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>there is no subscale &quot;%1&quot;; the subscales are: %2.</source>
        <translation>ไม่มีด้าน &quot;%1&quot; ด้านที่มีอยู่ ได้แก่: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the subscale &quot;%1&quot; is listed twice.</source>
        <translation>ด้าน &quot;%1&quot; ถูกระบุซ้ำสองครั้ง</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>up to %1 missing answers would leave the subscale &quot;%2&quot; (%n item(s)) with no answer at all.</source>
        <translation>
            <numerusform>หากยอมให้ขาดคำตอบได้ถึง %1 ข้อ ด้าน &quot;%2&quot; (%n ข้อ) อาจไม่มีคำตอบเลยสักข้อ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown rounding &quot;%1&quot;; the only rounding is &quot;half_up&quot;.</source>
        <translation>ไม่รู้จักวิธีปัดเศษ &quot;%1&quot; วิธีปัดเศษที่รองรับมีเพียง &quot;half_up&quot;</translation>
    </message>
</context>
<context>
    <name>InstrumentRegistryText</name>
    <message>
        <location filename="../core/screening/instrumentregistry.cpp" line="+51"/>
        <source>The instrument folder %1 does not exist.</source>
        <translation>ไม่พบโฟลเดอร์แบบประเมิน %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The instrument file %1 was not loaded: another file of its folder already defines the instrument &quot;%2&quot;.</source>
        <translation>ไม่ได้โหลดไฟล์แบบประเมิน %1 เนื่องจากมีไฟล์อื่นในโฟลเดอร์เดียวกันกำหนดแบบประเมิน &quot;%2&quot; ไว้แล้ว</translation>
    </message>
</context>
<context>
    <name>InstrumentText</name>
    <message>
        <location filename="../core/screening/instrument.cpp" line="+38"/>
        <source>Parent</source>
        <translation>ผู้ปกครอง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teacher</source>
        <translation>ครู</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-report</source>
        <translation>นักเรียนประเมินตนเอง</translation>
    </message>
</context>
<context>
    <name>InstrumentWordingText</name>
    <message>
        <location filename="../core/services/instrumentwordingservice.cpp" line="+24"/>
        <source>There is no wording to import.</source>
        <translation>ไม่มีข้อความคำถามให้นำเข้า</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sign in to read the wording of questionnaires.</source>
        <translation>โปรดเข้าสู่ระบบเพื่ออ่านข้อความคำถามของแบบประเมิน</translation>
    </message>
</context>
<context>
    <name>InstrumentsCommand</name>
    <message>
        <location filename="../app/care-cli/instrumentscommand.cpp" line="+54"/>
        <source>Id</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>รุ่น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respondent</source>
        <translation>ผู้ตอบ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ages</source>
        <translation>ช่วงอายุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band sets</source>
        <translation>ชุดเกณฑ์แปลผล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>ชื่อแบบประเมิน</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>* the default band set</source>
        <translation>* ชุดเกณฑ์แปลผลที่ใช้เป็นค่าเริ่มต้น</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not loaded:</source>
        <translation>โหลดไม่สำเร็จ:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: care-cli instruments list [--json] [--instruments DIR]</source>
        <translation>วิธีใช้: care-cli instruments list [--json] [--instruments DIR]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>       care-cli instruments import-wording --db FILE WORDING_FILE</source>
        <translation>       care-cli instruments import-wording --db FILE WORDING_FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run “care-cli instruments SUBCOMMAND --help” for its options.</source>
        <translation>ดูตัวเลือกของคำสั่งย่อยได้ด้วย “care-cli instruments SUBCOMMAND --help”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lists the questionnaires and checklists Care can score, with their band sets, and the instrument files that could not be loaded and why (exit code 2 when there are any). Needs no database.</source>
        <translation>แสดงรายการแบบประเมินและแบบตรวจสอบที่ Care คิดคะแนนได้ พร้อมชุดเกณฑ์แปลผล และไฟล์แบบประเมินที่โหลดไม่สำเร็จพร้อมสาเหตุ (รหัสออก 2 เมื่อมีไฟล์ที่โหลดไม่สำเร็จ) ไม่ต้องใช้ฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Installs the licensed wording of questionnaires from a wording file (UTF-8, one text per line: instrument, language th or en, item number or wording key, text, separated by tabs; see docs/instruments.md). For each instrument and language in the file, the stored wording is replaced by the file&apos;s. Needs the right to manage settings.</source>
        <translation>ติดตั้งข้อความคำถามของแบบประเมินที่มีลิขสิทธิ์จากไฟล์ข้อความคำถาม (UTF-8 บรรทัดละหนึ่งข้อความ: แบบประเมิน ภาษา th หรือ en หมายเลขข้อหรือคีย์ข้อความ และข้อความ คั่นด้วยแท็บ ดู docs/instruments.md) สำหรับแต่ละแบบประเมินและภาษาที่อยู่ในไฟล์ ข้อความคำถามที่เก็บไว้จะถูกแทนที่ด้วยข้อความจากไฟล์ ต้องมีสิทธิ์จัดการการตั้งค่า</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wording file to import.</source>
        <translation>ไฟล์ข้อความคำถามที่จะนำเข้า</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing option --db FILE.</source>
        <translation>ไม่ได้ระบุตัวเลือก --db FILE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The wording file %1 does not exist.</source>
        <translation>ไม่พบไฟล์ข้อความคำถาม %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2): %3 added, %4 changed, %5 removed, %6 unchanged.</source>
        <translation>%1 (%2): เพิ่ม %3 เปลี่ยนแปลง %4 ลบ %5 ไม่เปลี่ยนแปลง %6</translation>
    </message>
</context>
<context>
    <name>KeyFileText</name>
    <message>
        <location filename="../core/security/keyfile.cpp" line="+44"/>
        <source>The key file is damaged (%1); restore it from a backup of this database. Any backup&apos;s key file opens the database with the passwords of that time.</source>
        <translation>ไฟล์กุญแจเสียหาย (%1) โปรดนำกลับมาจากข้อมูลสำรองของฐานข้อมูลนี้ ไฟล์กุญแจของข้อมูลสำรองชุดใดก็เปิดฐานข้อมูลได้ด้วยรหัสผ่านที่ใช้อยู่ในขณะนั้น</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The key file of this database is missing. The database is encrypted and cannot be opened without it: copy the key file from a backup of this database next to it (same name with “-keys” at the end).</source>
        <translation>ไม่พบไฟล์กุญแจของฐานข้อมูลนี้ ฐานข้อมูลถูกเข้ารหัสและเปิดไม่ได้หากไม่มีไฟล์นี้ โปรดคัดลอกไฟล์กุญแจจากข้อมูลสำรองของฐานข้อมูลนี้มาวางไว้ข้างกัน (ชื่อเดียวกันต่อท้ายด้วย “-keys”)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key file cannot be read: %1</source>
        <translation>อ่านไฟล์กุญแจไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too large</source>
        <translation>ใหญ่เกินไป</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not readable at byte %1</source>
        <translation>อ่านไม่ได้ที่ไบต์ที่ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a Care key file</source>
        <translation>ไม่ใช่ไฟล์กุญแจของ Care</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>made by another version of Care</source>
        <translation>สร้างโดย Care รุ่นอื่น</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>user key %1</source>
        <translation>กุญแจผู้ใช้รายการที่ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>recovery key</source>
        <translation>รหัสกู้คืน</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+14"/>
        <source>The key file could not be written: %1</source>
        <translation>เขียนไฟล์กุญแจไม่ได้: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The key file could not be written: the disk is full or the file is not writable.</source>
        <translation>เขียนไฟล์กุญแจไม่ได้ ดิสก์อาจเต็ม หรือไฟล์ไม่อนุญาตให้เขียน</translation>
    </message>
</context>
<context>
    <name>LanguageOption</name>
    <message>
        <location filename="../app/care-cli/languageoption.cpp" line="+57"/>
        <source>Missing value after --lang: use th or en.</source>
        <translation>ไม่ได้ระบุค่าหลัง --lang: ใช้ th หรือ en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown language “%1” for --lang: use th or en.</source>
        <translation>ไม่รู้จักภาษา “%1” ของ --lang: ใช้ th หรือ en</translation>
    </message>
</context>
<context>
    <name>MigrationText</name>
    <message>
        <location filename="../core/storage/migrations.cpp" line="+85"/>
        <source>Could not upgrade the database to schema version %1; the file was left at version %2.</source>
        <translation>ไม่สามารถปรับโครงสร้างฐานข้อมูลเป็นรุ่น %1 ได้ ไฟล์ยังคงเป็นรุ่น %2</translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <location filename="../ui/student/moneytext.cpp" line="+19"/>
        <source>%1 baht</source>
        <translation>%1 บาท</translation>
    </message>
</context>
<context>
    <name>OpenedFiles</name>
    <message>
        <location filename="../core/io/openedfiles.cpp" line="+52"/>
        <source>The private folder for opened files is a link to another place; Care does not write there. Delete the link: %1</source>
        <translation>โฟลเดอร์ส่วนตัวสำหรับไฟล์ที่เปิดดูเป็นลิงก์ไปยังตำแหน่งอื่น Care จะไม่เขียนไฟล์ลงในตำแหน่งนั้น โปรดลบลิงก์นี้: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The private folder for opened files cannot be created: %1</source>
        <translation>ไม่สามารถสร้างโฟลเดอร์ส่วนตัวสำหรับไฟล์ที่เปิดดูได้: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The private folder for opened files is taken by a file: %1</source>
        <translation>มีไฟล์ใช้ชื่อเดียวกับโฟลเดอร์ส่วนตัวสำหรับไฟล์ที่เปิดดูอยู่แล้ว: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The private folder for opened files cannot be made private: %1</source>
        <translation>ไม่สามารถกำหนดให้โฟลเดอร์สำหรับไฟล์ที่เปิดดูเป็นโฟลเดอร์ส่วนตัวได้: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The stored form is not a PDF, JPEG or PNG file, so Care does not hand it to another program.</source>
        <translation>แบบฟอร์มที่จัดเก็บไว้ไม่ใช่ไฟล์ PDF, JPEG หรือ PNG Care จึงไม่ส่งไฟล์นี้ให้โปรแกรมอื่นเปิด</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>The form could not be written to open it: %1</source>
        <translation>ไม่สามารถบันทึกแบบฟอร์มลงไฟล์เพื่อเปิดดูได้: %1</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <location filename="../core/security/passwordpolicy.cpp" line="+203"/>
        <source>The password must have at least %1 characters.</source>
        <translation>รหัสผ่านต้องมีอย่างน้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must have at most %1 characters.</source>
        <translation>รหัสผ่านต้องมีไม่เกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This password is on the list of the most common passwords, which are tried first by anyone guessing. Choose another one; a short sentence is easy to remember.</source>
        <translation>รหัสผ่านนี้อยู่ในรายการรหัสผ่านที่ใช้กันมากที่สุด ซึ่งผู้ที่พยายามเดารหัสผ่านจะลองเป็นลำดับแรก โปรดเลือกรหัสผ่านอื่น ประโยคสั้น ๆ จะจำได้ง่าย</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This password is a run or a repeat of keys (like 12345678, abcdefgh, qwertyui or 11111111) and is guessed at once. Choose another one.</source>
        <translation>รหัสผ่านนี้เป็นการกดแป้นเรียงกันหรือซ้ำกัน (เช่น 12345678, abcdefgh, qwertyui หรือ 11111111) ซึ่งเดาได้ทันที โปรดเลือกรหัสผ่านอื่น</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This password is a date, which is easy to guess (a birthday often is). Choose another one.</source>
        <translation>รหัสผ่านนี้เป็นวันที่ ซึ่งเดาได้ง่าย (มักเป็นวันเกิด) โปรดเลือกรหัสผ่านอื่น</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The password contains the user name or a part of the person&apos;s name (“%1”), which others know. Choose one without it.</source>
        <translation>รหัสผ่านมีชื่อผู้ใช้หรือส่วนหนึ่งของชื่อบุคคล (“%1”) ซึ่งผู้อื่นอาจรู้ โปรดเลือกรหัสผ่านที่ไม่มีคำนี้</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <location filename="../ui/security/passwordrules.cpp" line="+50"/>
        <source>Use at least %1 characters; a short sentence is easy to remember and hard to guess.</source>
        <translation>ใช้อย่างน้อย %1 ตัวอักษร ประโยคสั้น ๆ จะจำง่ายและเดายาก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too short: use at least %1 characters.</source>
        <translation>สั้นเกินไป: ใช้อย่างน้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: weak. Make it longer or mix letters, digits and symbols.</source>
        <translation>ความปลอดภัย: ต่ำ โปรดเพิ่มความยาว หรือใช้ตัวอักษร ตัวเลข และสัญลักษณ์ผสมกัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: fair.</source>
        <translation>ความปลอดภัย: ปานกลาง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: strong.</source>
        <translation>ความปลอดภัย: สูง</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter a password.</source>
        <translation>โปรดกรอกรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password needs at least %1 characters.</source>
        <translation>รหัสผ่านต้องมีอย่างน้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must not begin or end with a space.</source>
        <translation>รหัสผ่านต้องไม่ขึ้นต้นหรือลงท้ายด้วยช่องว่าง</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the password a second time.</source>
        <translation>โปรดพิมพ์รหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords are not the same.</source>
        <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a user name.</source>
        <translation>โปรดกรอกชื่อผู้ใช้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user name has 3 to 32 characters: Latin letters, digits, dot, hyphen or underscore.</source>
        <translation>ชื่อผู้ใช้ต้องมี 3 ถึง 32 ตัวอักษร ประกอบด้วยตัวอักษรภาษาอังกฤษ ตัวเลข จุด ขีดกลาง หรือขีดล่าง</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the person&apos;s full name.</source>
        <translation>โปรดกรอกชื่อ-สกุลของผู้ใช้</translation>
    </message>
</context>
<context>
    <name>PermissionMatrixText</name>
    <message>
        <location filename="../core/security/permissionmatrix.cpp" line="+83"/>
        <source>The permission matrix is not valid at %1: %2</source>
        <translation>ตารางกำหนดสิทธิ์ไม่ถูกต้องที่ %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected %1 but found %2.</source>
        <translation>ต้องเป็น%1 แต่พบ %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown key &quot;%1&quot;; expected one of: %2.</source>
        <translation>ไม่รู้จักคีย์ &quot;%1&quot; ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this key is missing.</source>
        <translation>ไม่มีคีย์นี้</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <location line="+21"/>
        <source>a string</source>
        <translation>ข้อความ (string)</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>unknown scope &quot;%1&quot;; expected one of: %2.</source>
        <translation>ไม่รู้จักขอบเขตการเข้าถึง &quot;%1&quot; ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+81"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>an object</source>
        <translation>ออบเจ็กต์ (object)</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>unknown section &quot;%1&quot;; expected one of: %2.</source>
        <translation>ไม่รู้จักหมวดข้อมูล &quot;%1&quot; ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an array of actions</source>
        <translation>อาร์เรย์ของการดำเนินการ (array)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown action &quot;%1&quot;; expected one of: %2.</source>
        <translation>ไม่รู้จักการดำเนินการ &quot;%1&quot; ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an array of capabilities</source>
        <translation>อาร์เรย์ของความสามารถ (array)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown capability &quot;%1&quot;; expected one of: %2.</source>
        <translation>ไม่รู้จักความสามารถ &quot;%1&quot; ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The permission matrix is not valid JSON: %1 at character %2.</source>
        <translation>ตารางกำหนดสิทธิ์ไม่ใช่ JSON ที่ถูกต้อง: %1 ที่ตัวอักษรตำแหน่งที่ %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a whole number of at least 1</source>
        <translation>จำนวนเต็มตั้งแต่ 1 ขึ้นไป</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown role &quot;%1&quot;; expected one of: %2.</source>
        <translation>ไม่รู้จักบทบาท &quot;%1&quot; ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the role &quot;%1&quot; is missing; every role needs an entry.</source>
        <translation>ไม่มีบทบาท &quot;%1&quot; ทุกบทบาทต้องมีรายการกำหนดสิทธิ์</translation>
    </message>
</context>
<context>
    <name>PlainFileText</name>
    <message>
        <location filename="../core/storage/plainfile.cpp" line="+25"/>
        <source>The file is damaged or is not a Care database.</source>
        <translation>ไฟล์เสียหายหรือไม่ใช่ฐานข้อมูลของ Care</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+9"/>
        <source>The encrypted copy did not verify, so the file was left as it was.</source>
        <translation>สำเนาที่เข้ารหัสตรวจสอบไม่ผ่าน จึงคงไฟล์เดิมไว้ตามเดิม</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy was not encrypted, so the file was left as it was.</source>
        <translation>สำเนาไม่ได้ถูกเข้ารหัส จึงคงไฟล์เดิมไว้ตามเดิม</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+11"/>
        <source>The database could not be encrypted: the file could not be renamed.</source>
        <translation>เข้ารหัสฐานข้อมูลไม่ได้ เพราะเปลี่ยนชื่อไฟล์ไม่ได้</translation>
    </message>
</context>
<context>
    <name>PrivacySettingsText</name>
    <message>
        <location filename="../core/services/privacysettings.cpp" line="+71"/>
        <source>Keep between 1 and 365 backups.</source>
        <translation>เก็บไฟล์สำรองข้อมูลได้ตั้งแต่ 1 ถึง 365 ไฟล์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a folder for the daily backups.</source>
        <translation>โปรดเลือกโฟลเดอร์สำหรับเก็บไฟล์สำรองข้อมูลรายวัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup folder does not exist. Choose an existing folder.</source>
        <translation>ไม่พบโฟลเดอร์สำหรับเก็บไฟล์สำรองข้อมูล โปรดเลือกโฟลเดอร์ที่มีอยู่</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The retention period must be a whole number of years from 1 to 100.</source>
        <translation>ระยะเวลาการเก็บรักษาข้อมูลต้องเป็นจำนวนเต็มปี ตั้งแต่ 1 ถึง 100 ปี</translation>
    </message>
</context>
<context>
    <name>ProfileTables</name>
    <message>
        <location filename="../ui/student/profiletables.cpp" line="+71"/>
        <source>Relation</source>
        <translation>ความเกี่ยวข้อง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occupation</source>
        <translation>อาชีพ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>การติดต่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives with student</source>
        <translation>อยู่กับนักเรียน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Primary</source>
        <translation>ผู้ติดต่อหลัก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Academic year</source>
        <translation>ปีการศึกษา</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation>ชั้นเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No.</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School</source>
        <translation>โรงเรียน</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Term</source>
        <translation>ภาคเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days enrolled</source>
        <translation>วันเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absent</source>
        <translation>ขาดเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>มาสาย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absence</source>
        <translation>ร้อยละการขาดเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPA</source>
        <translation>เกรดเฉลี่ย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fail (0)</source>
        <translation>ไม่ผ่าน (0)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incomplete (ร)</source>
        <translation>รอการตัดสิน (ร)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Barred (มส)</source>
        <translation>ไม่มีสิทธิ์สอบ (มส)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1/%2</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Absent on 10% or more of the enrolled days</source>
        <translation>ขาดเรียนตั้งแต่ร้อยละ 10 ของวันเรียนขึ้นไป</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A failing, incomplete or barred mark</source>
        <translation>มีผลการเรียน 0, ร หรือ มส</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../ui/app/qtstrings.cpp" line="+29"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>วาง (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+8"/>
        <source>Show Details...</source>
        <translation>แสดงรายละเอียด...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>ซ่อนรายละเอียด...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-34"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>ใช่ (&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>ใช่ทั้งหมด (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>ไม่ใช่ (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>ไม่ใช่ทั้งหมด (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>ยุติ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>ลองใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>ละทิ้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t Save</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>ตั้งค่าใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+17"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <location line="+1"/>
        <source>Undo %1</source>
        <translation>เลิกทำ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo %1</source>
        <translation>ทำซ้ำ %1</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-11"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>วาง (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>RawStatementText</name>
    <message>
        <location filename="../core/storage/rawstatement.cpp" line="+17"/>
        <source>The database connection is not open.</source>
        <translation>ยังไม่ได้เปิดการเชื่อมต่อฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database could not be read.</source>
        <translation>ไม่สามารถอ่านฐานข้อมูลได้</translation>
    </message>
</context>
<context>
    <name>RecordArguments</name>
    <message>
        <location filename="../app/care-cli/recordarguments.cpp" line="+19"/>
        <source>The term as number/academic year (Buddhist Era), e.g. 1/2568.</source>
        <translation>ภาคเรียนในรูปแบบ ภาคเรียนที่/ปีการศึกษา (พ.ศ.) เช่น 1/2568</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Missing option --term N/YEAR.</source>
        <translation>ไม่ได้ระบุตัวเลือก --term N/YEAR</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid term “%1”: write the term number and the academic year in Buddhist Era, e.g. 1/2568.</source>
        <translation>ภาคเรียน “%1” ไม่ถูกต้อง โปรดระบุภาคเรียนที่และปีการศึกษาเป็น พ.ศ. เช่น 1/2568</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This database has no term %1.</source>
        <translation>ฐานข้อมูลนี้ไม่มีภาคเรียน %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Missing option --%1 DATE.</source>
        <translation>ไม่ได้ระบุตัวเลือก --%1 DATE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid date “%1” for --%2: %3</source>
        <translation>วันที่ “%1” สำหรับ --%2 ไม่ถูกต้อง: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Missing option --%1 N.</source>
        <translation>ไม่ได้ระบุตัวเลือก --%1 N</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The record id, or the national ID number or G-code (dashes allowed).</source>
        <translation>รหัสระเบียน เลขประจำตัวประชาชน หรือ G-code (ใส่ขีดได้)</translation>
    </message>
</context>
<context>
    <name>RecordFieldText</name>
    <message>
        <location filename="../ui/student/recordfieldtext.cpp" line="+46"/>
        <source>Notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household: %1</source>
        <translation>ครัวเรือน: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guardian %1</source>
        <translation>ผู้ปกครอง %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (guardian %2)</source>
        <translation>%1 (ผู้ปกครอง %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1
Changed since: %2.</source>
        <translation>%1
ข้อมูลที่ถูกแก้ไขในภายหลัง: %2</translation>
    </message>
</context>
<context>
    <name>RecordPrinter</name>
    <message>
        <location filename="../app/care-cli/recordprinter.cpp" line="+72"/>
        <source>No screening results.</source>
        <translation>ไม่มีผลการคัดกรอง</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+98"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Form</source>
        <translation>แบบประเมิน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Respondent</source>
        <translation>ผู้ตอบ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Band set</source>
        <translation>ชุดเกณฑ์แปลผล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No attendance recorded.</source>
        <translation>ไม่มีข้อมูลการมาเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Term</source>
        <translation>ภาคเรียน</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Enrolled</source>
        <translation>วันที่ต้องมาเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absent</source>
        <translation>ขาดเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>มาสาย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absent %</source>
        <translation>ขาดเรียน %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>ที่มา</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n daily record(s)</source>
        <translation>
            <numerusform>บันทึกรายวัน %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>term totals</source>
        <translation>ยอดรวมทั้งภาคเรียน</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No grades recorded.</source>
        <translation>ไม่มีข้อมูลผลการเรียน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPA</source>
        <translation>เกรดเฉลี่ย (GPA)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subjects</source>
        <translation>รายวิชา</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No behaviour incidents.</source>
        <translation>ไม่มีเหตุการณ์ด้านพฤติกรรม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>บันทึกโดย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <location filename="../ui/security/recoverykeysheet.cpp" line="+56"/>
        <location line="+15"/>
        <location line="+26"/>
        <source>Care recovery key</source>
        <translation>กุญแจกู้คืนของ Care</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+15"/>
        <source>This key opens the encrypted records of the Care database below when no administrator can sign in. Anyone who has it and a copy of the database can read them.</source>
        <translation>กุญแจนี้ใช้เปิดระเบียนที่เข้ารหัสของฐานข้อมูล Care ด้านล่าง ในกรณีที่ไม่มีผู้ดูแลระบบคนใดเข้าสู่ระบบได้ ผู้ที่มีกุญแจนี้และสำเนาของฐานข้อมูลจะสามารถอ่านระเบียนเหล่านั้นได้</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Database: %1</source>
        <translation>ฐานข้อมูล: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Made on: %1</source>
        <translation>สร้างเมื่อ: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>How to keep it</source>
        <translation>วิธีเก็บรักษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this sheet in a locked place at the municipal office, away from the computer.</source>
        <translation>เก็บเอกสารนี้ไว้ในที่ที่ปิดล็อกได้ภายในสำนักงานเทศบาล และแยกไว้ห่างจากคอมพิวเตอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not photograph it, e-mail it or send it by chat.</source>
        <translation>ห้ามถ่ายภาพ ห้ามส่งทางอีเมล และห้ามส่งผ่านแอปแชต</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If a new recovery key is made, destroy this sheet: it no longer works.</source>
        <translation>หากมีการสร้างกุญแจกู้คืนใหม่ ให้ทำลายเอกสารนี้ เนื่องจากจะใช้งานไม่ได้อีกต่อไป</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+20"/>
        <source>The file could not be created: %1</source>
        <translation>สร้างไฟล์ไม่ได้: %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+12"/>
        <source>The file could not be written: %1</source>
        <translation>บันทึกไฟล์ไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyText</name>
    <message>
        <location filename="../core/security/recoverykey.cpp" line="+83"/>
        <source>The recovery key contains &quot;%1&quot;, which is not used in recovery keys. They use the letters A–Z and the digits 2–7.</source>
        <translation>กุญแจกู้คืนมี &quot;%1&quot; ซึ่งไม่ได้ใช้ในกุญแจกู้คืน กุญแจกู้คืนใช้เฉพาะตัวอักษร A–Z และตัวเลข 2–7</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A recovery key has %1 letters and digits (%2 groups of %3); %4 were typed.</source>
        <translation>กุญแจกู้คืนมีตัวอักษรและตัวเลขรวม %1 ตัว (%2 กลุ่ม กลุ่มละ %3 ตัว) แต่พิมพ์มา %4 ตัว</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The recovery key has a typing mistake: compare each group with the printed recovery key sheet.</source>
        <translation>กุญแจกู้คืนพิมพ์ผิด โปรดเทียบแต่ละกลุ่มกับเอกสารกุญแจกู้คืนที่พิมพ์ไว้</translation>
    </message>
</context>
<context>
    <name>RetentionCommand</name>
    <message>
        <location filename="../app/care-cli/retentioncommand.cpp" line="+43"/>
        <source>Retention: %1 years after leaving school; students who left on or before %2 are anonymised.</source>
        <translation>การเก็บรักษาข้อมูล: %1 ปีหลังออกจากโรงเรียน นักเรียนที่ออกในวันที่ %2 หรือก่อนหน้านั้นจะถูกทำให้เป็นข้อมูลนิรนาม</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No student is due. Nothing was changed (--dry-run).</source>
        <translation>ไม่มีนักเรียนที่ถึงกำหนด ไม่มีการเปลี่ยนแปลงข้อมูล (--dry-run)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record id</source>
        <translation>รหัสระเบียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School</source>
        <translation>โรงเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left on</source>
        <translation>วันที่ออก</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n student(s) would be anonymised. Nothing was changed (--dry-run).</source>
        <translation>
            <numerusform>นักเรียน %n คนจะถูกทำให้เป็นข้อมูลนิรนาม ไม่มีการเปลี่ยนแปลงข้อมูล (--dry-run)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: care-cli retention run --db FILE [--dry-run] [--json]</source>
        <translation>วิธีใช้: care-cli retention run --db FILE [--dry-run] [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run “care-cli retention run --help” for its options.</source>
        <translation>ดูตัวเลือกของคำสั่งนี้ได้ด้วย “care-cli retention run --help”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anonymises the students who left school more years ago than the retention setting: names, ID numbers, exact birth date, address, guardians, household details and notes are removed; sex, birth year, school, enrollments, attendance and grades stay, so statistics do not change. With --dry-run, only lists who would be anonymised.</source>
        <translation>ทำให้ข้อมูลของนักเรียนที่ออกจากโรงเรียนมานานกว่าจำนวนปีที่ตั้งไว้สำหรับการเก็บรักษาข้อมูลเป็นข้อมูลนิรนาม โดยลบชื่อ เลขประจำตัว วันเกิดที่แน่นอน ที่อยู่ ผู้ปกครอง รายละเอียดครัวเรือน และบันทึกต่าง ๆ ส่วนเพศ ปีเกิด โรงเรียน ประวัติการศึกษา การมาเรียน และผลการเรียนยังคงอยู่ ข้อมูลสถิติจึงไม่เปลี่ยนแปลง หากใช้ --dry-run จะแสดงเฉพาะรายชื่อนักเรียนที่จะถูกทำให้เป็นข้อมูลนิรนาม</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only list the students who are due; change nothing.</source>
        <translation>แสดงเฉพาะรายชื่อนักเรียนที่ถึงกำหนด โดยไม่เปลี่ยนแปลงข้อมูลใด ๆ</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Anonymised %n student(s).</source>
        <translation>
            <numerusform>ทำให้ข้อมูลนักเรียน %n คนเป็นข้อมูลนิรนามแล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskCommand</name>
    <message>
        <location filename="../app/care-cli/riskcommand.cpp" line="+34"/>
        <source>No school in this database has the code “%1”.</source>
        <translation>ไม่พบโรงเรียนรหัส “%1” ในฐานข้อมูลนี้</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage: care-cli risk recompute|list|explain|whatif|rules --db FILE …</source>
        <translation>วิธีใช้: care-cli risk recompute|list|explain|whatif|rules --db FILE …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  recompute      Recompute every student&apos;s risk levels.</source>
        <translation>  recompute      คำนวณระดับความเสี่ยงของนักเรียนทุกคนใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  list           List students at risk or with a problem; worklists.</source>
        <translation>  list           แสดงรายชื่อนักเรียนกลุ่มเสี่ยงหรือกลุ่มมีปัญหา และรายชื่อที่ต้องติดตาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  explain        Show one student&apos;s levels per domain with their reasons.</source>
        <translation>  explain        แสดงระดับความเสี่ยงรายด้านของนักเรียนหนึ่งคนพร้อมเหตุผล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  whatif         Count who would move between levels under other rules.</source>
        <translation>  whatif         นับจำนวนนักเรียนที่จะเปลี่ยนระดับหากใช้เกณฑ์อื่น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  rules show     Show the risk rules in force.</source>
        <translation>  rules show     แสดงเกณฑ์ความเสี่ยงที่ใช้อยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  rules activate Put other risk rules in force and recompute.</source>
        <translation>  rules activate เปลี่ยนไปใช้เกณฑ์ความเสี่ยงอื่นและคำนวณใหม่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “care-cli risk SUBCOMMAND --help” for its options.</source>
        <translation>ดูตัวเลือกของคำสั่งย่อยได้ด้วย “care-cli risk SUBCOMMAND --help”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recomputes the risk levels of every student you may recompute (the administrator: all; a counsellor: their school) with the rules in force. A student&apos;s history gets a new entry only when their levels or reasons changed.</source>
        <translation>คำนวณระดับความเสี่ยงใหม่ตามเกณฑ์ที่ใช้อยู่ สำหรับนักเรียนทุกคนที่คุณมีสิทธิ์คำนวณ (ผู้ดูแลระบบ: ทุกคน ครูแนะแนว: นักเรียนในโรงเรียนของตน) ประวัติของนักเรียนจะมีรายการใหม่เฉพาะเมื่อระดับหรือเหตุผลเปลี่ยนไปเท่านั้น</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../app/care-cli/riskrulescommand.cpp" line="+121"/>
        <source>Recomputing risk levels: %1%</source>
        <translation>กำลังคำนวณระดับความเสี่ยง: %1%</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Assessed %n student(s) with rules %1; %2 changed.</source>
        <translation>
            <numerusform>ประเมินนักเรียน %n คนด้วยเกณฑ์ %1 เปลี่ยนแปลง %2 คน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lists the studying students at risk or with a problem that you may see, worst first. The worklists: --newly-since DATE (normal on that day, flagged now), --rose (higher than at the end of the last term), --no-case (flagged with no open case).</source>
        <translation>แสดงรายชื่อนักเรียนที่ยังศึกษาอยู่ซึ่งอยู่ในกลุ่มเสี่ยงหรือกลุ่มมีปัญหาที่คุณมีสิทธิ์ดู เรียงจากรุนแรงที่สุด รายชื่อที่ต้องติดตาม: --newly-since DATE (ปกติในวันนั้น แต่ถูกระบุว่าเสี่ยงในตอนนี้) --rose (ระดับสูงกว่าเมื่อสิ้นภาคเรียนที่แล้ว) --no-case (ถูกระบุว่าเสี่ยงแต่ไม่มีกรณีที่เปิดอยู่)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only this level: problem or at-risk.</source>
        <translation>เฉพาะระดับนี้: problem หรือ at-risk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this school (its 8-digit code).</source>
        <translation>เฉพาะโรงเรียนนี้ (รหัส 8 หลัก)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Students flagged since this day, e.g. 1/6/2568 or 2025-06-01.</source>
        <translation>นักเรียนที่ถูกระบุว่าเสี่ยงตั้งแต่วันนี้ เช่น 1/6/2568 หรือ 2025-06-01</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Students whose level rose since last term.</source>
        <translation>นักเรียนที่ระดับสูงขึ้นตั้งแต่ภาคเรียนที่แล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Students flagged with no open case.</source>
        <translation>นักเรียนที่ถูกระบุว่าเสี่ยงแต่ไม่มีกรณีที่เปิดอยู่</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose one of --newly-since, --rose and --no-case.</source>
        <translation>เลือกเพียงหนึ่งตัวเลือกจาก --newly-since, --rose และ --no-case</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown level “%1”; use problem or at-risk.</source>
        <translation>ไม่รู้จักระดับ “%1” ใช้ problem หรือ at-risk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid date “%1” for --newly-since: %2</source>
        <translation>วันที่ “%1” สำหรับ --newly-since ไม่ถูกต้อง: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No student is on this list.</source>
        <translation>ไม่มีนักเรียนในรายชื่อนี้</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n student(s).</source>
        <translation>
            <numerusform>นักเรียน %n คน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shows one student&apos;s risk level overall and per domain, with the reasons in words. Viewing the reasons is recorded in the audit trail.</source>
        <translation>แสดงระดับความเสี่ยงภาพรวมและรายด้านของนักเรียนหนึ่งคน พร้อมเหตุผลเป็นข้อความ การดูเหตุผลจะถูกบันทึกไว้ในบันทึกการใช้งาน</translation>
    </message>
    <message>
        <location filename="../app/care-cli/riskrulescommand.cpp" line="-75"/>
        <source>Counts, school by school, how many students would move between the levels normal, at risk and problem if the rules in RULES.json were in force. Changes nothing. For the administrator and municipal officers.</source>
        <translation>นับจำนวนนักเรียนรายโรงเรียนที่จะเปลี่ยนระดับระหว่างปกติ เสี่ยง และมีปัญหา หากใช้เกณฑ์ใน RULES.json โดยไม่เปลี่ยนแปลงข้อมูลใด ๆ สำหรับผู้ดูแลระบบและเจ้าหน้าที่เทศบาล</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+60"/>
        <source>A risk rule file (docs/risk-rules.md).</source>
        <translation>ไฟล์เกณฑ์ความเสี่ยง (docs/risk-rules.md)</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Comparing the rules: %1%</source>
        <translation>กำลังเปรียบเทียบเกณฑ์: %1%</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Shows the risk rules in force; with --json, the rule file itself, ready to edit and try with risk whatif.</source>
        <translation>แสดงเกณฑ์ความเสี่ยงที่ใช้อยู่ หากใช้ --json จะแสดงไฟล์เกณฑ์โดยตรง พร้อมให้แก้ไขและทดลองด้วย risk whatif</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Puts the rules in RULES.json in force (administrator) and recomputes every student. Changed thresholds need a new version in the file, so that every stored level still names the rules that produced it. Try the file with risk whatif first.</source>
        <translation>เปลี่ยนไปใช้เกณฑ์ใน RULES.json (ผู้ดูแลระบบ) และคำนวณใหม่สำหรับนักเรียนทุกคน หากเปลี่ยนค่าเกณฑ์ต้องกำหนดรุ่นใหม่ในไฟล์ เพื่อให้ทุกระดับที่เก็บไว้ยังระบุชุดเกณฑ์ที่ใช้คำนวณได้ถูกต้อง ควรทดลองไฟล์ด้วย risk whatif ก่อน</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rules %1 are in force. Assessed %2 students; %3 changed.</source>
        <translation>เริ่มใช้เกณฑ์ %1 แล้ว ประเมินนักเรียน %2 คน เปลี่ยนแปลง %3 คน</translation>
    </message>
</context>
<context>
    <name>RiskEngineText</name>
    <message>
        <location filename="../core/risk/riskengine.cpp" line="+22"/>
        <source>Care is locked. Sign in again to compute risk levels.</source>
        <translation>Care ถูกล็อกอยู่ โปรดเข้าสู่ระบบอีกครั้งเพื่อคำนวณระดับความเสี่ยง</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The risk rules in force (%1, version %2) cannot be read: %3</source>
        <translation>ไม่สามารถอ่านเกณฑ์ความเสี่ยงที่ใช้อยู่ (%1 รุ่น %2) ได้: %3</translation>
    </message>
</context>
<context>
    <name>RiskInputText</name>
    <message>
        <location filename="../core/storage/riskinputrepository.cpp" line="+19"/>
        <source>Care is locked. Sign in again to compute risk levels.</source>
        <translation>Care ถูกล็อกอยู่ โปรดเข้าสู่ระบบอีกครั้งเพื่อคำนวณระดับความเสี่ยง</translation>
    </message>
</context>
<context>
    <name>RiskLevelText</name>
    <message>
        <location filename="../core/risk/risklevel.cpp" line="+97"/>
        <source>Normal</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At risk</source>
        <translation>เสี่ยง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>มีปัญหา</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attendance</source>
        <translation>การมาเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning</source>
        <translation>การเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behaviour</source>
        <translation>พฤติกรรม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emotional and mental health</source>
        <translation>อารมณ์และสุขภาพจิต</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Economic</source>
        <translation>เศรษฐกิจ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family and protection</source>
        <translation>ครอบครัวและการคุ้มครอง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health</source>
        <translation>สุขภาพ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Special needs</source>
        <translation>ความต้องการพิเศษ</translation>
    </message>
</context>
<context>
    <name>RiskOutcomeText</name>
    <message>
        <location filename="../core/risk/riskoutcome.cpp" line="+67"/>
        <source>A stored risk assessment is damaged and cannot be read.</source>
        <translation>ผลการประเมินความเสี่ยงที่เก็บไว้เสียหายและไม่สามารถอ่านได้</translation>
    </message>
</context>
<context>
    <name>RiskOverviewTable</name>
    <message>
        <location filename="../ui/risk/riskoverviewtable.cpp" line="+14"/>
        <source>Class</source>
        <translation>ชั้นเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No.</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overall</source>
        <translation>ภาพรวม</translation>
    </message>
</context>
<context>
    <name>RiskOverviewText</name>
    <message>
        <location filename="../core/risk/riskoverview.cpp" line="+100"/>
        <source>Refused: your role (%1) may not see risk levels.</source>
        <translation>ไม่อนุญาต: บทบาทของคุณ (%1) ไม่มีสิทธิ์ดูระดับความเสี่ยง</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Care is locked. Sign in again to see risk levels.</source>
        <translation>Care ถูกล็อกอยู่ โปรดเข้าสู่ระบบอีกครั้งเพื่อดูระดับความเสี่ยง</translation>
    </message>
</context>
<context>
    <name>RiskPrinter</name>
    <message>
        <location filename="../app/care-cli/riskprinter.cpp" line="+50"/>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change</source>
        <translation>ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record id</source>
        <translation>รหัสระเบียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Student number</source>
        <translation>เลขประจำตัวนักเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+74"/>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+74"/>
        <source>School</source>
        <translation>โรงเรียน</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before</source>
        <translation>ก่อนหน้า</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Overall: %1</source>
        <translation>ภาพรวม: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(since %1; rules %2)</source>
        <translation>(ตั้งแต่ %1 เกณฑ์ %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nothing has ever flagged this student)</source>
        <translation>(นักเรียนคนนี้ไม่เคยถูกระบุว่าเสี่ยง)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rules in force: %1; candidate: %2</source>
        <translation>เกณฑ์ที่ใช้อยู่: %1 เกณฑ์ที่ทดลอง: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Students</source>
        <translation>นักเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Would move</source>
        <translation>จะเปลี่ยนระดับ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moves</source>
        <translation>การเปลี่ยนระดับ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed.</source>
        <translation>ไม่มีการเปลี่ยนแปลงข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Risk rules in force: %1 (%2)</source>
        <translation>เกณฑ์ความเสี่ยงที่ใช้อยู่: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are Care&apos;s shipped defaults; no other rules were activated.</source>
        <translation>นี่คือเกณฑ์เริ่มต้นที่มาพร้อมกับ Care ยังไม่เคยเปิดใช้เกณฑ์อื่น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activated on %1.</source>
        <translation>เปิดใช้เมื่อ %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no rules</source>
        <translation>ไม่มีเกณฑ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full rules: care-cli risk rules show --json.</source>
        <translation>ดูเกณฑ์ฉบับเต็มได้ด้วย care-cli risk rules show --json</translation>
    </message>
</context>
<context>
    <name>RiskReadText</name>
    <message>
        <location filename="../core/risk/riskservicereads.cpp" line="+21"/>
        <source>Care is locked. Sign in again to read the reasons for risk levels.</source>
        <translation>Care ถูกล็อกอยู่ โปรดเข้าสู่ระบบอีกครั้งเพื่ออ่านเหตุผลของระดับความเสี่ยง</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Refused: your role (%1) may not see risk levels.</source>
        <translation>ไม่อนุญาต: บทบาทของคุณ (%1) ไม่มีสิทธิ์ดูระดับความเสี่ยง</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter the date from which to look for newly flagged students.</source>
        <translation>ระบุวันที่เริ่มต้นสำหรับค้นหานักเรียนที่เพิ่งถูกระบุว่าเสี่ยง</translation>
    </message>
</context>
<context>
    <name>RiskReasonText</name>
    <message>
        <location filename="../core/risk/reasontext.cpp" line="+83"/>
        <source>%1 (%2, %3): %4 %5, band “%6”</source>
        <translation>%1 (%2, %3): %4 %5 ระดับผล “%6”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2, %3): %4, band “%5”</source>
        <translation>%1 (%2, %3): %4 ระดับผล “%5”</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>term %1/%2</source>
        <translation>ภาคเรียนที่ %1/%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>absent %1 of %2 days in %3, %4% ≥ %5%</source>
        <translation>ขาดเรียน %1 จาก %2 วันใน%3 %4% ≥ %5%</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n failing mark(s) (%1) in %2, %n ≥ %3</source>
        <translation>
            <numerusform>ผลการเรียน 0 ร หรือ มส %n รายวิชา (%1) ใน%2 %n ≥ %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GPA %1 in %2 &lt; %3</source>
        <translation>เกรดเฉลี่ย (GPA) %1 ใน%2 &lt; %3</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n minor behaviour incident(s) in %1, %n ≥ %2</source>
        <translation>
            <numerusform>เหตุการณ์ด้านพฤติกรรมระดับเล็กน้อย %n ครั้งใน%1 %n ≥ %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n serious behaviour incident(s) in %1: %2</source>
        <translation>
            <numerusform>เหตุการณ์ด้านพฤติกรรมระดับร้ายแรง %n ครั้งใน%1: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>household income %1 baht a month for %2 people: %3 baht each ≤ %4</source>
        <translation>รายได้ครัวเรือนเดือนละ %1 บาท สำหรับ %2 คน: คนละ %3 บาท ≤ %4</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n domain(s) with a problem: %1</source>
        <translation>
            <numerusform>มีปัญหา %n ด้าน: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n domain(s) at risk or worse: %1</source>
        <translation>
            <numerusform>เสี่ยงหรือมากกว่า %n ด้าน: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rule %1: %2</source>
        <translation>เกณฑ์ %1: %2</translation>
    </message>
</context>
<context>
    <name>RiskServiceText</name>
    <message>
        <location filename="../core/risk/riskservice.cpp" line="+157"/>
        <source>Rules “%1” version %2 were already used with other thresholds. Give the changed rules a new version, so that every stored level still names the rules that produced it.</source>
        <translation>เกณฑ์ “%1” รุ่น %2 เคยใช้กับค่าเกณฑ์อื่นมาแล้ว โปรดกำหนดรุ่นใหม่ให้เกณฑ์ที่เปลี่ยนแปลง เพื่อให้ทุกระดับที่เก็บไว้ยังระบุชุดเกณฑ์ที่ใช้คำนวณได้ถูกต้อง</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rules “%1” version %2 are already in force.</source>
        <translation>เกณฑ์ “%1” รุ่น %2 ใช้อยู่แล้ว</translation>
    </message>
</context>
<context>
    <name>RiskWhatIfText</name>
    <message>
        <location filename="../core/risk/riskwhatif.cpp" line="+132"/>
        <source>The comparison was cancelled.</source>
        <translation>ยกเลิกการเปรียบเทียบแล้ว</translation>
    </message>
</context>
<context>
    <name>RowMappingText</name>
    <message>
        <location filename="../core/storage/rowmapping.cpp" line="+280"/>
        <source>The household circumstances are damaged and cannot be read.</source>
        <translation>ข้อมูลสภาพครัวเรือนเสียหายและไม่สามารถอ่านได้</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The household circumstances are still stored unprotected; the administrator must finish setting up this database first.</source>
        <translation>ข้อมูลสภาพครัวเรือนยังจัดเก็บไว้โดยไม่ได้เข้ารหัส ผู้ดูแลระบบต้องตั้งค่าฐานข้อมูลนี้ให้เสร็จสมบูรณ์ก่อน</translation>
    </message>
</context>
<context>
    <name>RowText</name>
    <message>
        <location filename="../core/storage/tablerow.cpp" line="+134"/>
        <location line="+25"/>
        <source>The record was not found; it may have been deleted.</source>
        <translation>ไม่พบระเบียนนี้ อาจถูกลบไปแล้ว</translation>
    </message>
</context>
<context>
    <name>RuleSetText</name>
    <message>
        <location filename="../core/risk/rulesetloader.cpp" line="+37"/>
        <source>the rule overlaps rule &quot;%1&quot;: both judge &quot;%2&quot; in the same domain.</source>
        <translation>เกณฑ์นี้ซ้อนทับกับเกณฑ์ &quot;%1&quot;: ทั้งสองเกณฑ์ตัดสิน &quot;%2&quot; ในด้านเดียวกัน</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an object with &quot;th&quot; and &quot;en&quot;</source>
        <translation>ออบเจ็กต์ที่มี &quot;th&quot; และ &quot;en&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+72"/>
        <location filename="../core/risk/rulesetreader.cpp" line="+153"/>
        <location filename="../core/risk/rulesetrules.cpp" line="+52"/>
        <source>an object</source>
        <translation>ออบเจ็กต์</translation>
    </message>
    <message>
        <location line="-65"/>
        <location filename="../core/risk/rulesetreader.cpp" line="+31"/>
        <source>unknown domain &quot;%1&quot;; expected one of: %2.</source>
        <translation>ไม่รู้จักด้าน &quot;%1&quot; ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array of rules</source>
        <translation>อาร์เรย์ของเกณฑ์</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a non-empty array of rules</source>
        <translation>อาร์เรย์ของเกณฑ์ที่ไม่ว่าง</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>the rule id &quot;%1&quot; is used twice; reasons name rules by id.</source>
        <translation>รหัสเกณฑ์ &quot;%1&quot; ถูกใช้ซ้ำสองครั้ง เหตุผลอ้างถึงเกณฑ์ด้วยรหัส</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The risk rule set is not valid JSON: %1 at character %2.</source>
        <translation>ชุดเกณฑ์ความเสี่ยงไม่ใช่ JSON ที่ถูกต้อง: %1 ที่ตำแหน่งอักขระ %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The risk rule file cannot be read: %1</source>
        <translation>ไม่สามารถอ่านไฟล์เกณฑ์ความเสี่ยงได้: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The risk rule file is larger than 1 MB; it is not a rule set.</source>
        <translation>ไฟล์เกณฑ์ความเสี่ยงมีขนาดเกิน 1 MB จึงไม่ใช่ชุดเกณฑ์</translation>
    </message>
    <message>
        <location filename="../core/risk/rulesetreader.cpp" line="-147"/>
        <source>The risk rule set is not valid at %1: %2</source>
        <translation>ชุดเกณฑ์ความเสี่ยงไม่ถูกต้องที่ %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected %1 but found %2.</source>
        <translation>ต้องเป็น%1 แต่พบ %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown key &quot;%1&quot;; expected one of: %2.</source>
        <translation>ไม่รู้จักคีย์ &quot;%1&quot; ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/risk/rulesetrules.cpp" line="+93"/>
        <source>this key is missing.</source>
        <translation>ไม่พบคีย์นี้</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the rule names &quot;%1&quot;: sex, ethnicity, religion and nationality may never be inputs of a risk rule.</source>
        <translation>เกณฑ์นี้ระบุ &quot;%1&quot; แต่ห้ามใช้เพศ เชื้อชาติ ศาสนา และสัญชาติเป็นข้อมูลนำเข้าของเกณฑ์ความเสี่ยงโดยเด็ดขาด</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a string</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text is empty.</source>
        <translation>ข้อความว่างเปล่า</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a whole number</source>
        <translation>จำนวนเต็ม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a whole number.</source>
        <translation>%1 ไม่ใช่จำนวนเต็ม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is out of range; allowed are %2 to %3.</source>
        <translation>%1 อยู่นอกช่วงที่กำหนด ค่าที่ใช้ได้คือ %2 ถึง %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an array of strings</source>
        <translation>รายการข้อความ (array of strings)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the list is empty.</source>
        <translation>รายการว่างเปล่า</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>&quot;%1&quot; ถูกระบุซ้ำสองครั้ง</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown level &quot;%1&quot;; expected one of: %2.</source>
        <translation>ไม่รู้จักระดับ &quot;%1&quot; ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <location filename="../core/risk/rulesetrules.cpp" line="-79"/>
        <source>unknown signal &quot;%1&quot;; expected one of: %2.</source>
        <translation>ไม่รู้จักสัญญาณ &quot;%1&quot; ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the rule has no threshold; give &quot;at_risk&quot;, &quot;problem&quot; or both.</source>
        <translation>เกณฑ์นี้ไม่มีค่าเกณฑ์ โปรดระบุ &quot;at_risk&quot; &quot;problem&quot; หรือทั้งสองอย่าง</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the at-risk and problem thresholds overlap: both are %1, so no value would be at risk.</source>
        <translation>ค่าเกณฑ์ระดับเสี่ยงและระดับมีปัญหาซ้อนทับกัน: ทั้งสองค่าเป็น %1 จึงไม่มีค่าใดที่จะอยู่ในระดับเสี่ยง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the thresholds are not monotonic: the problem threshold (%1) must be above the at-risk threshold (%2) for &quot;%3&quot;.</source>
        <translation>ค่าเกณฑ์ไม่เรียงลำดับ: ค่าเกณฑ์ระดับมีปัญหา (%1) ต้องสูงกว่าค่าเกณฑ์ระดับเสี่ยง (%2) สำหรับ &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the thresholds are not monotonic: the problem threshold (%1) must be below the at-risk threshold (%2) for &quot;%3&quot;.</source>
        <translation>ค่าเกณฑ์ไม่เรียงลำดับ: ค่าเกณฑ์ระดับมีปัญหา (%1) ต้องต่ำกว่าค่าเกณฑ์ระดับเสี่ยง (%2) สำหรับ &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown mark &quot;%1&quot;; expected one of: %2.</source>
        <translation>ไม่รู้จักผลการเรียน &quot;%1&quot; ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown respondent &quot;%1&quot;; expected one of: %2.</source>
        <translation>ไม่รู้จักผู้ตอบ &quot;%1&quot; ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an object of band codes and levels</source>
        <translation>ออบเจ็กต์ที่จับคู่รหัสระดับผลกับระดับ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown living arrangement &quot;%1&quot;; expected one of: %2.</source>
        <translation>ไม่รู้จักลักษณะการอยู่อาศัย &quot;%1&quot; ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the rule lists no arrangement; give &quot;at_risk&quot;, &quot;problem&quot; or both.</source>
        <translation>เกณฑ์นี้ไม่ได้ระบุลักษณะการอยู่อาศัย โปรดระบุ &quot;at_risk&quot; &quot;problem&quot; หรือทั้งสองอย่าง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the levels overlap: &quot;%1&quot; is listed both as at risk and as a problem.</source>
        <translation>ระดับซ้อนทับกัน: &quot;%1&quot; ถูกระบุเป็นทั้งระดับเสี่ยงและระดับมีปัญหา</translation>
    </message>
</context>
<context>
    <name>SchemaCheckText</name>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="+41"/>
        <location line="+50"/>
        <source>The database&apos;s structure could not be read.</source>
        <translation>อ่านโครงสร้างของฐานข้อมูลไม่ได้</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>trigger</source>
        <translation>ทริกเกอร์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>view</source>
        <translation>วิว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index</source>
        <translation>ดัชนี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table</source>
        <translation>ตาราง</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The database holds a %1 “%2” that Care did not make: the file was changed outside Care and was not opened. Restore it from a backup.</source>
        <translation>ฐานข้อมูลมี%1 “%2” ที่ Care ไม่ได้สร้าง ไฟล์ถูกแก้ไขจากภายนอก Care จึงไม่เปิดไฟล์นี้ โปรดกู้คืนจากข้อมูลสำรอง</translation>
    </message>
</context>
<context>
    <name>SchoolDirectoryText</name>
    <message>
        <location filename="../core/services/schooldirectory.cpp" line="+20"/>
        <source>No school you may see has this id.</source>
        <translation>ไม่พบโรงเรียนที่มีรหัสนี้ในขอบเขตที่คุณเข้าถึงได้</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <location filename="../app/care-cli/scorecommand.cpp" line="+64"/>
        <source>Band set: %1</source>
        <translation>ชุดเกณฑ์แปลผล: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Band</source>
        <translation>ระดับผล</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not scored</source>
        <translation>ไม่ได้คิดคะแนน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missing answers: items %1.</source>
        <translation>คำตอบที่ขาดหาย: ข้อ %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scores one questionnaire and prints every score and its band. Answers are given in item order, separated by commas, with - for a missing answer. Needs no database and no sign-in; “care-cli instruments list” shows the instruments and their band sets.</source>
        <translation>คิดคะแนนแบบประเมินหนึ่งชุด แล้วแสดงคะแนนทุกด้านพร้อมระดับผล ให้ระบุคำตอบตามลำดับข้อ คั่นด้วยจุลภาค และใช้ - แทนคำตอบที่ขาดหาย ไม่ต้องใช้ฐานข้อมูลและไม่ต้องเข้าสู่ระบบ ดูรายการแบบประเมินและชุดเกณฑ์แปลผลได้ด้วย “care-cli instruments list”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The instrument, e.g. sdq-parent-4-17, sdq-teacher-4-17 or sdq-self-11-17.</source>
        <translation>แบบประเมิน เช่น sdq-parent-4-17, sdq-teacher-4-17 หรือ sdq-self-11-17</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The band set for the levels, e.g. th or uk (default: the instrument&apos;s, th for the SDQ).</source>
        <translation>ชุดเกณฑ์แปลผลสำหรับระดับ เช่น th หรือ uk (ค่าเริ่มต้น: ชุดเกณฑ์ของแบบประเมินนั้น สำหรับ SDQ คือ th)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One answer per item in item order, e.g. &quot;2,1,0,-,2,…&quot; (25 values for the SDQ: 0 not true, 1 somewhat true, 2 certainly true).</source>
        <translation>คำตอบข้อละหนึ่งค่าตามลำดับข้อ เช่น &quot;2,1,0,-,2,…&quot; (SDQ มี 25 ค่า: 0 ไม่จริง 1 จริงบ้าง 2 จริงแน่นอน)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The impact supplement: the answer about difficulties (0 no, 1 minor, 2 definite, 3 severe), then one answer per impact item (0 not at all, 1 only a little, 2 quite a lot, 3 a great deal), e.g. &quot;0&quot; or &quot;2,1,2,0,-,3&quot;.</source>
        <translation>ส่วนผลกระทบ: คำตอบเรื่องปัญหา (0 ไม่มี 1 มีเล็กน้อย 2 มีชัดเจน 3 มีรุนแรง) ตามด้วยคำตอบข้อละหนึ่งค่าของข้อผลกระทบ (0 ไม่เลย 1 เล็กน้อย 2 ค่อนข้างมาก 3 มาก) เช่น &quot;0&quot; หรือ &quot;2,1,2,0,-,3&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Missing option --instrument ID.</source>
        <translation>ไม่ได้ระบุตัวเลือก --instrument ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing option --answers LIST.</source>
        <translation>ไม่ได้ระบุตัวเลือก --answers LIST</translation>
    </message>
</context>
<context>
    <name>ScoringText</name>
    <message>
        <location filename="../core/screening/scoring.cpp" line="+88"/>
        <source>The instrument %1 has no impact supplement.</source>
        <translation>แบบประเมิน %1 ไม่มีส่วนผลกระทบ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer to the impact question about difficulties is %1; answers go from 0 to %2.</source>
        <translation>คำตอบของคำถามผลกระทบเรื่องปัญหาคือ %1 คำตอบต้องอยู่ระหว่าง 0 ถึง %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The impact supplement of %1 has %n item(s), but %2 answers were given.</source>
        <translation>
            <numerusform>ส่วนผลกระทบของ %1 มี %n ข้อ แต่ได้รับคำตอบ %2 ข้อ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer to impact item %1 is %2; answers go from 0 to %3.</source>
        <translation>คำตอบของข้อผลกระทบที่ %1 คือ %2 คำตอบต้องอยู่ระหว่าง 0 ถึง %3</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The instrument %1 has %n item(s), but %2 answers were given.</source>
        <translation>
            <numerusform>แบบประเมิน %1 มี %n ข้อ แต่ได้รับคำตอบ %2 ข้อ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer to item %1 is %2; answers go from %3 to %4.</source>
        <translation>คำตอบของข้อ %1 คือ %2 คำตอบต้องอยู่ระหว่าง %3 ถึง %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>item %1</source>
        <translation>ข้อ %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The instrument %1 has no band set &quot;%2&quot;; it has: %3.</source>
        <translation>แบบประเมิน %1 ไม่มีชุดเกณฑ์แปลผล &quot;%2&quot; ชุดที่มีคือ: %3</translation>
    </message>
</context>
<context>
    <name>ScreenCommand</name>
    <message>
        <location filename="../app/care-cli/screencommand.cpp" line="+33"/>
        <source>Usage: care-cli screen import|list --db FILE …</source>
        <translation>วิธีใช้: care-cli screen import|list --db FILE …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  import  Record screening answers in bulk from a CSV file.</source>
        <translation>  import  บันทึกคำตอบการคัดกรองจำนวนมากจากไฟล์ CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  list    Show one student&apos;s screening results.</source>
        <translation>  list    แสดงผลการคัดกรองของนักเรียนหนึ่งคน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “care-cli screen import --help” or “care-cli screen list --help” for their options.</source>
        <translation>ดูตัวเลือกของคำสั่งเหล่านี้ได้ด้วย “care-cli screen import --help” หรือ “care-cli screen list --help”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Records the screening answers of a CSV file (UTF-8, one questionnaire per row; columns student, instrument, date, i1 … i25 and optional respondent, band_set, difficulties, impact1 …, age_reason; see docs/import-formats.md). Every row is checked first: when one is wrong, the problems are listed by row and column and nothing is written. Otherwise all rows are saved in one step; a row for a student, form and date already recorded replaces that result.</source>
        <translation>บันทึกคำตอบการคัดกรองจากไฟล์ CSV (UTF-8 แถวละหนึ่งแบบประเมิน คอลัมน์ student, instrument, date, i1 … i25 และคอลัมน์ที่ไม่บังคับ respondent, band_set, difficulties, impact1 …, age_reason ดู docs/import-formats.md) ระบบจะตรวจสอบทุกแถวก่อน หากมีแถวใดไม่ถูกต้อง จะแสดงรายการปัญหาตามแถวและคอลัมน์ และจะไม่บันทึกข้อมูลใด ๆ มิฉะนั้นจะบันทึกทุกแถวในขั้นตอนเดียว แถวของนักเรียน แบบประเมิน และวันที่ที่เคยบันทึกไว้แล้วจะแทนที่ผลเดิม</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CSV file to import.</source>
        <translation>ไฟล์ CSV ที่จะนำเข้า</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing option --db FILE.</source>
        <translation>ไม่ได้ระบุตัวเลือก --db FILE</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… และปัญหาอื่นอีก %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported.</source>
        <translation>ไม่มีการนำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1 screening results (%2 new, %3 replaced).</source>
        <translation>นำเข้าผลการคัดกรอง %1 รายการแล้ว (ใหม่ %2 รายการ แทนที่ %3 รายการ)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shows a student&apos;s screening results, newest first: form, respondent, date, scores and bands. Viewing them is recorded in the audit trail.</source>
        <translation>แสดงผลการคัดกรองของนักเรียน เรียงจากล่าสุด: แบบประเมิน ผู้ตอบ วันที่ คะแนน และระดับผล การดูข้อมูลนี้จะถูกบันทึกไว้ในบันทึกการใช้งาน</translation>
    </message>
</context>
<context>
    <name>ScreeningBatchText</name>
    <message>
        <location filename="../core/services/screeningbatch.cpp" line="+35"/>
        <source>The same student is entered twice for this form and date.</source>
        <translation>มีการกรอกนักเรียนคนเดียวกันซ้ำสองครั้งสำหรับแบบประเมินและวันที่นี้</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No class you may see has this id.</source>
        <translation>ไม่พบห้องเรียนที่มีรหัสนี้ในขอบเขตที่คุณเข้าถึงได้</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Unknown instrument “%1”.</source>
        <translation>ไม่รู้จักแบบประเมิน “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the date of the screening.</source>
        <translation>โปรดกรอกวันที่คัดกรอง</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The student is not in the class %1.</source>
        <translation>นักเรียนไม่ได้อยู่ในชั้นเรียน %1</translation>
    </message>
</context>
<context>
    <name>ScreeningContentText</name>
    <message>
        <location filename="../core/services/screeningcontent.cpp" line="+47"/>
        <source>A stored screening result is damaged and cannot be read.</source>
        <translation>ผลการคัดกรองที่จัดเก็บไว้เสียหายและไม่สามารถอ่านได้</translation>
    </message>
</context>
<context>
    <name>ScreeningImportRowText</name>
    <message>
        <location filename="../core/services/screeningimportrows.cpp" line="+68"/>
        <source>the instrument is empty.</source>
        <translation>ไม่ได้ระบุแบบประเมิน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown instrument “%1”.</source>
        <translation>ไม่รู้จักแบบประเมิน “%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a respondent; use parent, teacher or self.</source>
        <translation>“%1” ไม่ใช่ผู้ตอบ ใช้ parent, teacher หรือ self</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the student is empty.</source>
        <translation>ไม่ได้ระบุนักเรียน</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>several students have the student number “%1”; use the ID number instead.</source>
        <translation>มีนักเรียนหลายคนที่มีเลขประจำตัวนักเรียน “%1” โปรดใช้เลขประจำตัวประชาชนแทน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no student you may see has the id, ID number or student number “%1”.</source>
        <translation>ไม่พบนักเรียนที่มีรหัสระเบียน เลขประจำตัวประชาชน หรือเลขประจำตัวนักเรียน “%1” ในขอบเขตที่คุณเข้าถึงได้</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not an answer to %2: give %3 to %4, or leave it empty.</source>
        <translation>“%1” ไม่ใช่คำตอบของ%2 ให้ระบุ %3 ถึง %4 หรือเว้นว่างไว้</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the column is missing; %1 has items 1 to %2.</source>
        <translation>ไม่พบคอลัมน์นี้ %1 มีข้อ 1 ถึง %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>item %1</source>
        <translation>ข้อ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the difficulties question</source>
        <translation>คำถามเรื่องปัญหา</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>impact item %1</source>
        <translation>ข้อผลกระทบที่ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no impact supplement.</source>
        <translation>%1 ไม่มีส่วนผลกระทบ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has %2 impact items.</source>
        <translation>%1 มีข้อผลกระทบ %2 ข้อ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no item %2.</source>
        <translation>%1 ไม่มีข้อ %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(empty)</source>
        <translation>(ว่าง)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown column; see docs/import-formats.md for the columns of a screening import.</source>
        <translation>ไม่รู้จักคอลัมน์นี้ ดูคอลัมน์ของการนำเข้าผลการคัดกรองได้ที่ docs/import-formats.md</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the column appears twice.</source>
        <translation>คอลัมน์นี้ปรากฏซ้ำสองครั้ง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the column is missing.</source>
        <translation>ไม่พบคอลัมน์นี้</translation>
    </message>
</context>
<context>
    <name>ScreeningImportText</name>
    <message>
        <location filename="../core/services/screeningimport.cpp" line="+26"/>
        <source>row %1: %2</source>
        <translation>แถว %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1, column %2: %3</source>
        <translation>แถว %1 คอลัมน์ %2: %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The file has no rows under its header.</source>
        <translation>ไฟล์ไม่มีข้อมูลใต้แถวหัวตาราง</translation>
    </message>
</context>
<context>
    <name>ScreeningLabels</name>
    <message>
        <location filename="../ui/screening/screeninglabels.cpp" line="+25"/>
        <source>Item %1</source>
        <translation>ข้อ %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+28"/>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>ScreeningServiceText</name>
    <message>
        <location filename="../core/services/screeningservice.cpp" line="+32"/>
        <source>No screening result has this id.</source>
        <translation>ไม่พบผลการคัดกรองที่มีรหัสนี้</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown instrument “%1”.</source>
        <translation>ไม่รู้จักแบบประเมิน “%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The form %1 is answered by “%2”, not by “%3”.</source>
        <translation>แบบประเมิน %1 ใช้สำหรับผู้ตอบ “%2” ไม่ใช่ “%3”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the date of the screening.</source>
        <translation>โปรดกรอกวันที่คัดกรอง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The screening date (%1) is in the future.</source>
        <translation>วันที่คัดกรอง (%1) เป็นวันในอนาคต</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The screening date (%1) is before the student&apos;s birth date.</source>
        <translation>วันที่คัดกรอง (%1) อยู่ก่อนวันเกิดของนักเรียน</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No item of the form %1 was answered.</source>
        <translation>ไม่มีการตอบข้อใดเลยในแบบประเมิน %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The student is %1 years old on %2, outside the ages %3–%4 of the form %5. Give a reason to record the screening anyway.</source>
        <translation>นักเรียนมีอายุ %1 ปี ณ วันที่ %2 ซึ่งอยู่นอกช่วงอายุ %3–%4 ปีของแบบประเมิน %5 โปรดระบุเหตุผลหากต้องการบันทึกผลการคัดกรองนี้</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reason for the age is longer than %1 characters.</source>
        <translation>เหตุผลเรื่องอายุยาวเกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+42"/>
        <source>The student already has a result of %1 on %2. Edit that result instead.</source>
        <translation>นักเรียนมีผล %1 ของวันที่ %2 อยู่แล้ว โปรดแก้ไขผลนั้นแทน</translation>
    </message>
</context>
<context>
    <name>ScreeningStorageText</name>
    <message>
        <location filename="../core/storage/screeningrepository.cpp" line="+83"/>
        <source>A stored screening summary is damaged at “%1”.</source>
        <translation>สรุปผลการคัดกรองที่จัดเก็บไว้เสียหายที่ “%1”</translation>
    </message>
</context>
<context>
    <name>SecurityText</name>
    <message>
        <location filename="../core/security/roles.cpp" line="+112"/>
        <source>System administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipal officer</source>
        <translation>เจ้าหน้าที่เทศบาล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School director</source>
        <translation>ผู้อำนวยการโรงเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsellor</source>
        <translation>ครูแนะแนว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homeroom teacher</source>
        <translation>ครูประจำชั้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home-visit coordinator</source>
        <translation>ผู้ประสานงานเยี่ยมบ้าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health staff</source>
        <translation>เจ้าหน้าที่สาธารณสุข</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Identity and school record</source>
        <translation>ข้อมูลประจำตัวและประวัติการศึกษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family and household</source>
        <translation>ครอบครัวและครัวเรือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening</source>
        <translation>การคัดกรอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk levels</source>
        <translation>ระดับความเสี่ยง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case notes</source>
        <translation>บันทึกการดูแลรายกรณี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>สุขภาพ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>View</source>
        <translation>ดู</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
</context>
<context>
    <name>ShownCount</name>
    <message>
        <location filename="../core/risk/showncount.cpp" line="+23"/>
        <source>fewer than 5</source>
        <translation>น้อยกว่า 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5 or more</source>
        <translation>ตั้งแต่ 5 ขึ้นไป</translation>
    </message>
</context>
<context>
    <name>SqliteDriverText</name>
    <message>
        <location filename="../core/storage/sqlitedriver.cpp" line="+58"/>
        <source>The database connection is not open.</source>
        <translation>ยังไม่ได้เปิดการเชื่อมต่อฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database file could not be encrypted with the new key.</source>
        <translation>ไม่สามารถเข้ารหัสไฟล์ฐานข้อมูลด้วยกุญแจใหม่ได้</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The connection option “%1” is not known.</source>
        <translation>ไม่รู้จักตัวเลือกการเชื่อมต่อ “%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>The database file could not be opened.</source>
        <translation>ไม่สามารถเปิดไฟล์ฐานข้อมูลได้</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The database file cannot be read with this key, or it is not a database.</source>
        <translation>ไม่สามารถอ่านไฟล์ฐานข้อมูลด้วยกุญแจนี้ได้ หรือไฟล์นี้ไม่ใช่ฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The transaction could not be started.</source>
        <translation>ไม่สามารถเริ่มธุรกรรมได้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The transaction could not be committed.</source>
        <translation>ไม่สามารถบันทึกธุรกรรมให้เสร็จสมบูรณ์ได้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The transaction could not be rolled back.</source>
        <translation>ไม่สามารถยกเลิกธุรกรรมได้</translation>
    </message>
</context>
<context>
    <name>SqliteFileText</name>
    <message>
        <location filename="../core/storage/sqlitefile.cpp" line="+31"/>
        <source>The disk is full.</source>
        <translation>พื้นที่ดิสก์เต็ม</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>ฐานข้อมูลกำลังถูกใช้งานโดยโปรแกรมอื่น โปรดลองอีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” is read-only.</source>
        <translation>ไฟล์ “%1” เป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “%1” cannot be opened.</source>
        <translation>ไม่สามารถเปิดไฟล์ “%1” ได้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “%1” is damaged or is not a Care database.</source>
        <translation>ไฟล์ “%1” เสียหายหรือไม่ใช่ฐานข้อมูล Care</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” could not be read or written.</source>
        <translation>ไม่สามารถอ่านหรือเขียนไฟล์ “%1” ได้</translation>
    </message>
</context>
<context>
    <name>SqliteResultText</name>
    <message>
        <location filename="../core/storage/sqliteresult.cpp" line="+83"/>
        <source>The database connection is not open.</source>
        <translation>ยังไม่ได้เปิดการเชื่อมต่อฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only one SQL statement can be run at a time.</source>
        <translation>เรียกใช้คำสั่ง SQL ได้ครั้งละหนึ่งคำสั่งเท่านั้น</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The SQL statement could not be prepared.</source>
        <translation>ไม่สามารถเตรียมคำสั่ง SQL ได้</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The statement has %1 parameters but %2 values were bound.</source>
        <translation>คำสั่งมีพารามิเตอร์ %1 ตัว แต่มีการกำหนดค่าไว้ %2 ค่า</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A value could not be bound to the statement.</source>
        <translation>ไม่สามารถกำหนดค่าให้กับคำสั่งได้</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No SQL statement was prepared.</source>
        <translation>ยังไม่ได้เตรียมคำสั่ง SQL</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The SQL statement could not be run.</source>
        <translation>ไม่สามารถดำเนินการคำสั่ง SQL ได้</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The next row could not be read.</source>
        <translation>ไม่สามารถอ่านแถวถัดไปได้</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ui/app/startup.cpp" line="+18"/>
        <source>The database given on the command line could not be opened.</source>
        <translation>ไม่สามารถเปิดฐานข้อมูลที่ระบุในบรรทัดคำสั่งได้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database used last time is no longer there: %1</source>
        <translation>ไม่พบฐานข้อมูลที่ใช้ครั้งล่าสุดแล้ว: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database used last time could not be opened: %1</source>
        <translation>ไม่สามารถเปิดฐานข้อมูลที่ใช้ครั้งล่าสุดได้: %1</translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <location filename="../core/storage/sqlerror.cpp" line="+16"/>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>ฐานข้อมูลกำลังถูกใช้งานโดยโปรแกรมอื่น กรุณาลองใหม่อีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full; nothing was saved.</source>
        <translation>พื้นที่ดิสก์เต็ม ไม่ได้บันทึกข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file is read-only; nothing was saved.</source>
        <translation>ไฟล์ฐานข้อมูลเป็นแบบอ่านอย่างเดียว ไม่ได้บันทึกข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file is damaged or is not a Care database.</source>
        <translation>ไฟล์ฐานข้อมูลเสียหายหรือไม่ใช่ฐานข้อมูล Care</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record conflicts with one already saved (a duplicate or a missing link); nothing was saved.</source>
        <translation>ข้อมูลขัดแย้งกับระเบียนที่บันทึกไว้แล้ว (ข้อมูลซ้ำ หรือไม่พบข้อมูลที่เชื่อมโยง) ไม่ได้บันทึกข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database could not complete the operation; nothing was saved.</source>
        <translation>ฐานข้อมูลไม่สามารถดำเนินการให้เสร็จสิ้นได้ ไม่ได้บันทึกข้อมูลใด ๆ</translation>
    </message>
</context>
<context>
    <name>StudentDirectoryText</name>
    <message>
        <location filename="../core/services/studentdirectory.cpp" line="+43"/>
        <source>No student you may see has the ID number, student number or record id “%1”.</source>
        <translation>ไม่พบนักเรียนที่มีเลขประจำตัวประชาชน เลขประจำตัวนักเรียน หรือรหัสระเบียน “%1” ในขอบเขตที่คุณเข้าถึงได้</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Several schools use the student number “%1”. Enter the student&apos;s national ID number instead.</source>
        <translation>มีหลายโรงเรียนที่ใช้เลขประจำตัวนักเรียน “%1” โปรดระบุเลขประจำตัวประชาชนของนักเรียนแทน</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Enter the student&apos;s national ID number or student number.</source>
        <translation>โปรดระบุเลขประจำตัวประชาชนหรือเลขประจำตัวนักเรียนของนักเรียน</translation>
    </message>
</context>
<context>
    <name>StudentFieldText</name>
    <message numerus="yes">
        <location filename="../core/services/studentfieldwrites.cpp" line="+29"/>
        <source>Nothing was saved: %n field(s) you changed were changed by someone else after you opened the student&apos;s record.</source>
        <translation>
            <numerusform>ไม่ได้บันทึกข้อมูล: มีผู้อื่นแก้ไขข้อมูล %n รายการที่ท่านแก้ไข หลังจากที่ท่านเปิดระเบียนของนักเรียน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Nothing was undone: %n field(s) of this change were changed again since.</source>
        <translation>
            <numerusform>ไม่ได้เลิกทำ: ข้อมูล %n รายการของการแก้ไขนี้ถูกเปลี่ยนแปลงอีกครั้งในภายหลัง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Nothing was redone: %n field(s) of this change were changed again since.</source>
        <translation>
            <numerusform>ไม่ได้ทำซ้ำ: ข้อมูล %n รายการของการแก้ไขนี้ถูกเปลี่ยนแปลงอีกครั้งในภายหลัง</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The change names two different students; nothing was saved.</source>
        <translation>การแก้ไขนี้อ้างถึงนักเรียนสองคนที่ต่างกัน จึงไม่ได้บันทึกข้อมูล</translation>
    </message>
</context>
<context>
    <name>StudentFinder</name>
    <message>
        <location filename="../ui/privacy/studentfinder.cpp" line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>StudentPrinter</name>
    <message>
        <location filename="../app/care-cli/studentprinter.cpp" line="+27"/>
        <source>none recorded</source>
        <translation>ยังไม่มีการบันทึก</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nickname %1</source>
        <translation>ชื่อเล่น %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Student number:</source>
        <translation>เลขประจำตัวนักเรียน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id:</source>
        <translation>รหัสระเบียน:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (age %2)</source>
        <translation>%1 (อายุ %2 ปี)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Birth date:</source>
        <translation>วันเกิด:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex:</source>
        <translation>เพศ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>สถานะ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School:</source>
        <translation>โรงเรียน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (code %2)</source>
        <translation>%1 (รหัส %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Address:</source>
        <translation>ที่อยู่:</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+83"/>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Relation</source>
        <translation>ความเกี่ยวข้อง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Primary</source>
        <translation>ผู้ติดต่อหลัก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives with student</source>
        <translation>อยู่กับนักเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>อาชีพ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 baht a month</source>
        <translation>เดือนละ %1 บาท</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 per person</source>
        <translation>คนละ %1 บาท</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members:</source>
        <translation>จำนวนสมาชิก:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income:</source>
        <translation>รายได้:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Living arrangement:</source>
        <translation>การอยู่อาศัย:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year</source>
        <translation>ปีการศึกษา</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <source>School</source>
        <translation>โรงเรียน</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+45"/>
        <source>Class</source>
        <translation>ชั้นเรียน</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>No.</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Homeroom teacher</source>
        <translation>ครูประจำชั้น</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Term</source>
        <translation>ภาคเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days absent</source>
        <translation>ขาดเรียน (วัน)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days late</source>
        <translation>มาสาย (วัน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPA</source>
        <translation>เกรดเฉลี่ย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks 0 / inc. / barred</source>
        <translation>0 / ร / มส</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 จาก %2 (%3%)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ID number</source>
        <translation>เลขประจำตัว</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Guardians</source>
        <translation>ผู้ปกครอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment history</source>
        <translation>ประวัติการศึกษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance and grades by term</source>
        <translation>การมาเรียนและผลการเรียนรายภาคเรียน</translation>
    </message>
</context>
<context>
    <name>StudentRemoveText</name>
    <message numerus="yes">
        <location filename="../core/services/studentremoveadded.cpp" line="+28"/>
        <source>%n screening result(s)</source>
        <translation>
            <numerusform>ผลการคัดกรอง %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n daily absence(s) or late arrival(s)</source>
        <translation>
            <numerusform>การขาดเรียนหรือการมาสาย %n ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n term attendance record(s)</source>
        <translation>
            <numerusform>บันทึกการมาเรียนรายภาคเรียน %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n term grade record(s)</source>
        <translation>
            <numerusform>บันทึกผลการเรียนรายภาคเรียน %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n behaviour incident(s)</source>
        <translation>
            <numerusform>เหตุการณ์ด้านพฤติกรรม %n ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n risk level(s) in the history</source>
        <translation>
            <numerusform>ระดับความเสี่ยงในประวัติ %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n current risk level(s)</source>
        <translation>
            <numerusform>ระดับความเสี่ยงปัจจุบัน %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n consent decision(s)</source>
        <translation>
            <numerusform>การตัดสินใจเรื่องความยินยอม %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n access grant(s) outside scope</source>
        <translation>
            <numerusform>สิทธิ์การเข้าถึงนอกขอบเขต %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n care assignment(s)</source>
        <translation>
            <numerusform>การมอบหมายผู้ดูแล %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>ไฟล์แนบ %n ไฟล์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n enrollment(s) in another class</source>
        <translation>
            <numerusform>การลงทะเบียนในชั้นเรียนอื่น %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n guardian link(s) made since</source>
        <translation>
            <numerusform>ผู้ปกครองที่เชื่อมโยงในภายหลัง %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n other record(s) (%1)</source>
        <translation>
            <numerusform>ข้อมูลอื่น %n รายการ (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Adding %1 cannot be undone because other records now refer to the student: %2. Nothing was removed.</source>
        <translation>ไม่สามารถเลิกทำการเพิ่ม %1 ได้ เนื่องจากมีข้อมูลอื่นอ้างอิงถึงนักเรียนคนนี้แล้ว ได้แก่ %2 จึงไม่ได้ลบข้อมูลใด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Adding %1 cannot be undone because %n field(s) of the student&apos;s record were changed since. Nothing was removed.</source>
        <translation>
            <numerusform>ไม่สามารถเลิกทำการเพิ่ม %1 ได้ เนื่องจากข้อมูลของนักเรียน %n รายการถูกแก้ไขในภายหลัง จึงไม่ได้ลบข้อมูลใด</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentRepositoryText</name>
    <message>
        <location filename="../core/storage/studentrepository.cpp" line="+88"/>
        <source>Care is locked. Sign in again to read or change household income and circumstances.</source>
        <translation>Care ถูกล็อกอยู่ โปรดเข้าสู่ระบบอีกครั้งเพื่ออ่านหรือแก้ไขข้อมูลรายได้และสภาพครัวเรือน</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No student has this record id.</source>
        <translation>ไม่พบนักเรียนที่มีรหัสระเบียนนี้</translation>
    </message>
</context>
<context>
    <name>StudentServiceText</name>
    <message>
        <location filename="../core/services/studentservice.cpp" line="+47"/>
        <source>Another student already has this ID number.</source>
        <translation>เลขประจำตัวนี้เป็นของนักเรียนคนอื่นแล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>guardian %1</source>
        <translation>ผู้ปกครองคนที่ %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The student&apos;s record id is not valid.</source>
        <translation>รหัสระเบียนของนักเรียนไม่ถูกต้อง</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The classroom belongs to another school than the student&apos;s.</source>
        <translation>ห้องเรียนนี้เป็นของโรงเรียนอื่น ไม่ใช่โรงเรียนของนักเรียน</translation>
    </message>
</context>
<context>
    <name>StudentTerms</name>
    <message>
        <location filename="../ui/screening/studentterms.cpp" line="+19"/>
        <source>%1/%2</source>
        <translation>%2/%1</translation>
    </message>
</context>
<context>
    <name>StudentsCommand</name>
    <message>
        <location filename="../app/care-cli/studentscommand.cpp" line="+38"/>
        <source>Usage: care-cli students search|show --db FILE …</source>
        <translation>วิธีใช้: care-cli students search|show --db FILE …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  search  Find students by name, nickname, ID number or student number.</source>
        <translation>  search  ค้นหานักเรียนจากชื่อ ชื่อเล่น เลขประจำตัว หรือเลขประจำตัวนักเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  show    Show one student&apos;s record.</source>
        <translation>  show    แสดงข้อมูลนักเรียนหนึ่งคน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “care-cli students search --help” or “care-cli students show --help” for their options.</source>
        <translation>ดูตัวเลือกได้ด้วย “care-cli students search --help” หรือ “care-cli students show --help”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finds students whose name, nickname, ID number or student number contains QUERY (at least 3 characters match anywhere; 1–2 characters match the start). Without QUERY, lists the students that match the other options, in name order.</source>
        <translation>ค้นหานักเรียนที่ชื่อ ชื่อเล่น เลขประจำตัว หรือเลขประจำตัวนักเรียนมีข้อความ QUERY (ถ้าระบุตั้งแต่ 3 ตัวอักษรขึ้นไป จะค้นหาจากส่วนใดก็ได้ ถ้าระบุ 1–2 ตัวอักษร จะค้นหาเฉพาะส่วนต้น) ถ้าไม่ระบุ QUERY จะแสดงนักเรียนที่ตรงกับตัวเลือกอื่น เรียงตามชื่อ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text to look for, e.g. part of a surname.</source>
        <translation>ข้อความที่ต้องการค้นหา เช่น บางส่วนของนามสกุล</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this school (its 8-digit code).</source>
        <translation>เฉพาะโรงเรียนนี้ (รหัสโรงเรียน 8 หลัก)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only students with this status: %1.</source>
        <translation>เฉพาะนักเรียนที่มีสถานะนี้: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most N students (default %1).</source>
        <translation>แสดงนักเรียนไม่เกิน N คน (ค่าเริ่มต้น %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+87"/>
        <source>Missing option --db FILE.</source>
        <translation>ไม่ได้ระบุตัวเลือก --db FILE</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Unknown status “%1”; use one of: %2.</source>
        <translation>ไม่รู้จักสถานะ “%1” กรุณาใช้ค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No school in this database has the code “%1”.</source>
        <translation>ไม่มีโรงเรียนรหัส “%1” ในฐานข้อมูลนี้</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No student matches.</source>
        <translation>ไม่พบนักเรียนที่ตรงกับเงื่อนไข</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing %1 of %2 students; use --limit to see more.</source>
        <translation>แสดงนักเรียน %1 จาก %2 คน ใช้ --limit เพื่อดูเพิ่มเติม</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n student(s).</source>
        <translation>
            <numerusform>นักเรียน %n คน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shows one student&apos;s record: identity, guardians, household, enrollment history, and attendance and grades per term.</source>
        <translation>แสดงข้อมูลนักเรียนหนึ่งคน: ข้อมูลประจำตัว ผู้ปกครอง ครัวเรือน ประวัติการศึกษา และการมาเรียนและผลการเรียนรายภาคเรียน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record id, or the national ID number or G-code (dashes allowed).</source>
        <translation>รหัสระเบียน เลขประจำตัวประชาชน หรือ G-code (ใส่ขีดได้)</translation>
    </message>
</context>
<context>
    <name>Subcommands</name>
    <message>
        <location filename="../app/care-cli/subcommands.cpp" line="+21"/>
        <source>Missing subcommand: %1.</source>
        <translation>ไม่ได้ระบุคำสั่งย่อย: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown subcommand “%1”: use %2.</source>
        <translation>ไม่รู้จักคำสั่งย่อย “%1”: ใช้ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “care-cli %1 --help” for details.</source>
        <translation>ดูรายละเอียดได้ด้วย “care-cli %1 --help”</translation>
    </message>
</context>
<context>
    <name>SubjectAccessExport</name>
    <message>
        <location filename="../ui/privacy/subjectaccessexport.cpp" line="+32"/>
        <source>The JSON file was written, but the PDF was not: %1</source>
        <translation>บันทึกไฟล์ JSON แล้ว แต่บันทึกไฟล์ PDF ไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>SubjectAccessPdf</name>
    <message>
        <location filename="../reports/subjectaccesshtml.cpp" line="+74"/>
        <source>Anonymise</source>
        <translation>ทำให้เป็นข้อมูลนิรนาม</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+92"/>
        <source>Nothing recorded.</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Student</source>
        <translation>นักเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Name in English</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>ชื่อเล่น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>เลขประจำตัว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student number</source>
        <translation>เลขประจำตัวนักเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+8"/>
        <source>School</source>
        <translation>โรงเรียน</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Record id</source>
        <translation>รหัสระเบียน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrollments</source>
        <translation>ประวัติการศึกษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic year</source>
        <translation>ปีการศึกษา</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation>ชั้นเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendance</source>
        <translation>การมาเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Term</source>
        <translation>ภาคเรียน</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>School days</source>
        <translation>วันเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days absent</source>
        <translation>ขาดเรียน (วัน)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days late</source>
        <translation>มาสาย (วัน)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grades</source>
        <translation>ผลการเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPA</source>
        <translation>เกรดเฉลี่ย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed (0)</source>
        <translation>ไม่ผ่าน (0)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incomplete (ร)</source>
        <translation>รอการตัดสิน (ร)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed (มส)</source>
        <translation>ไม่มีสิทธิ์สอบ (มส)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Guardians</source>
        <translation>ผู้ปกครอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>ความเกี่ยวข้อง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occupation</source>
        <translation>อาชีพ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives with the student</source>
        <translation>อยู่กับนักเรียน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Members</source>
        <translation>จำนวนสมาชิก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly income (baht)</source>
        <translation>รายได้ต่อเดือน (บาท)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Living arrangement</source>
        <translation>อาศัยอยู่กับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent decisions</source>
        <translation>การให้ความยินยอม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>การตัดสินใจ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>ผู้บันทึก</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned form</source>
        <translation>แบบฟอร์มที่สแกน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Access outside the usual scope (break-the-glass)</source>
        <translation>การเข้าถึงนอกขอบเขตปกติ (กรณีจำเป็น)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Who</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who worked with or viewed this record</source>
        <translation>ผู้ที่ดำเนินการหรือเปิดดูระเบียนนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part of the record</source>
        <translation>ส่วนของระเบียน</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Personal data held by Care</source>
        <translation>ข้อมูลส่วนบุคคลที่ระบบ Care จัดเก็บ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of everything Care holds about one student, prepared at the request of the student or their guardian under the Personal Data Protection Act B.E. 2562 (2019).</source>
        <translation>สำเนาข้อมูลทั้งหมดที่ระบบ Care จัดเก็บเกี่ยวกับนักเรียนหนึ่งคน จัดทำตามคำขอของนักเรียนหรือผู้ปกครอง ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepared on %1 by %2.</source>
        <translation>จัดทำเมื่อ %1 โดย %2</translation>
    </message>
    <message>
        <location filename="../reports/subjectaccesspdf.cpp" line="+30"/>
        <source>The PDF could not be made: this program has no graphical text engine running.</source>
        <translation>สร้างไฟล์ PDF ไม่ได้ เพราะโปรแกรมนี้ไม่ได้เปิดระบบจัดวางข้อความแบบกราฟิก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder to export into does not exist. Choose an existing folder.</source>
        <translation>ไม่พบโฟลเดอร์ปลายทาง โปรดเลือกโฟลเดอร์ที่มีอยู่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export has no student record id.</source>
        <translation>ข้อมูลส่งออกไม่มีรหัสระเบียนนักเรียน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PDF file could not be created: %1</source>
        <translation>สร้างไฟล์ PDF ไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Subject access report</source>
        <translation>รายงานการขอเข้าถึงข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PDF could not be made.</source>
        <translation>สร้างไฟล์ PDF ไม่สำเร็จ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF file could not be written: %1</source>
        <translation>บันทึกไฟล์ PDF ไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>SubjectExportText</name>
    <message>
        <location filename="../core/services/subjectexport.cpp" line="+77"/>
        <source>Care is locked. Sign in again to export sealed information.</source>
        <translation>Care ถูกล็อกอยู่ โปรดเข้าสู่ระบบอีกครั้งเพื่อส่งออกข้อมูลที่เข้ารหัส</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The folder to export into does not exist. Choose an existing folder.</source>
        <translation>ไม่พบโฟลเดอร์ปลายทาง โปรดเลือกโฟลเดอร์ที่มีอยู่</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export has no student record id.</source>
        <translation>ข้อมูลส่งออกไม่มีรหัสระเบียนนักเรียน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export file could not be created: %1</source>
        <translation>สร้างไฟล์ส่งออกไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export file could not be written: %1</source>
        <translation>บันทึกไฟล์ส่งออกไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>UnsavedPromptText</name>
    <message>
        <location filename="../ui/screening/unsavedprompt.cpp" line="+15"/>
        <source>Unsaved changes</source>
        <translation>มีการเปลี่ยนแปลงที่ยังไม่ได้บันทึก</translation>
    </message>
</context>
<context>
    <name>UserArguments</name>
    <message>
        <location filename="../app/care-cli/userarguments.cpp" line="+34"/>
        <source>Unknown role “%1”; use one of: %2.</source>
        <translation>ไม่รู้จักบทบาท “%1” กรุณาใช้ค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No school in this database has the code “%1”.</source>
        <translation>ไม่มีโรงเรียนรหัส “%1” ในฐานข้อมูลนี้</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Classrooms belong to a school: give --school CODE with --classroom.</source>
        <translation>ห้องเรียนต้องสังกัดโรงเรียน: กรุณาระบุ --school CODE คู่กับ --classroom</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The school has no classroom “%1” this academic year; its classrooms are: %2.</source>
        <translation>ในปีการศึกษานี้โรงเรียนไม่มีห้องเรียน “%1” ห้องเรียนของโรงเรียนนี้ได้แก่: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No user you manage has the user name “%1”.</source>
        <translation>ไม่พบผู้ใช้ที่คุณดูแลซึ่งมีชื่อผู้ใช้ “%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No new password given: set CARE_NEW_PASSWORD, or run care-cli in a terminal to type it.</source>
        <translation>ไม่ได้ระบุรหัสผ่านใหม่: กรุณาตั้งค่า CARE_NEW_PASSWORD หรือเรียกใช้ care-cli ในเทอร์มินัลเพื่อพิมพ์รหัสผ่าน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New password for %1: </source>
        <translation>รหัสผ่านใหม่ของ %1: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the new password again: </source>
        <translation>พิมพ์รหัสผ่านใหม่อีกครั้ง: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>รหัสผ่านที่พิมพ์ทั้งสองครั้งไม่ตรงกัน ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No new password given; nothing was changed.</source>
        <translation>ไม่ได้ระบุรหัสผ่านใหม่ ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
</context>
<context>
    <name>UserPrinter</name>
    <message>
        <location filename="../app/care-cli/userprinter.cpp" line="+48"/>
        <source>disabled</source>
        <translation>ปิดใช้งาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked until %1</source>
        <translation>ถูกระงับชั่วคราวถึง %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must change password</source>
        <translation>ต้องเปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School</source>
        <translation>โรงเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classrooms</source>
        <translation>ห้องเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sign-in</source>
        <translation>เข้าสู่ระบบล่าสุด</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <location filename="../app/care-cli/userscommand.cpp" line="+51"/>
        <source>Usage: care-cli users add|list|disable|enable|reset-password|password --db FILE …</source>
        <translation>วิธีใช้: care-cli users add|list|disable|enable|reset-password|password --db FILE …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  add             Add a user with a role (and school and classrooms).</source>
        <translation>  add             เพิ่มผู้ใช้พร้อมกำหนดบทบาท (รวมทั้งโรงเรียนและห้องเรียน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  list            List the users you manage.</source>
        <translation>  list            แสดงรายชื่อผู้ใช้ที่คุณดูแล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  disable         Stop a user from signing in.</source>
        <translation>  disable         ระงับไม่ให้ผู้ใช้เข้าสู่ระบบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  enable          Let a disabled user sign in again.</source>
        <translation>  enable          ให้ผู้ใช้ที่ถูกปิดใช้งานเข้าสู่ระบบได้อีกครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  reset-password  Give a user a temporary password.</source>
        <translation>  reset-password  กำหนดรหัสผ่านชั่วคราวให้ผู้ใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  password        Change your own password.</source>
        <translation>  password        เปลี่ยนรหัสผ่านของคุณเอง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You sign in as CARE_USER with CARE_PASSWORD (or are asked on the terminal). New passwords come from CARE_NEW_PASSWORD or are typed twice.</source>
        <translation>คุณเข้าสู่ระบบเป็นผู้ใช้ CARE_USER ด้วยรหัสผ่าน CARE_PASSWORD (หรือพิมพ์เมื่อระบบถามในเทอร์มินัล) รหัสผ่านใหม่จะอ่านจาก CARE_NEW_PASSWORD หรือให้พิมพ์สองครั้ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “care-cli users SUBCOMMAND --help” for its options.</source>
        <translation>ดูตัวเลือกของคำสั่งย่อยได้ด้วย “care-cli users SUBCOMMAND --help”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adds a user. School roles (director, counsellor, teacher, visitor, nurse) need --school; teachers and home-visit coordinators get their classrooms with --classroom, once per classroom. The password is taken from CARE_NEW_PASSWORD or typed twice; it needs at least 8 characters.</source>
        <translation>เพิ่มผู้ใช้ บทบาทในโรงเรียน (director, counsellor, teacher, visitor, nurse) ต้องระบุ --school ส่วนครูและผู้ประสานงานเยี่ยมบ้านให้ระบุห้องเรียนด้วย --classroom ห้องละหนึ่งครั้ง รหัสผ่านจะอ่านจาก CARE_NEW_PASSWORD หรือให้พิมพ์สองครั้ง และต้องมีอย่างน้อย 8 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in name: 3 to 32 of a-z, 0-9, dot, dash, underscore.</source>
        <translation>ชื่อที่ใช้เข้าสู่ระบบ: ยาว 3 ถึง 32 ตัวอักษร ประกอบด้วย a-z, 0-9, จุด, ขีด หรือขีดล่าง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name shown in Care and in the audit trail.</source>
        <translation>ชื่อที่แสดงใน Care และในบันทึกการใช้งาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One of: %1.</source>
        <translation>ค่าใดค่าหนึ่งต่อไปนี้: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user&apos;s school (its 8-digit code).</source>
        <translation>โรงเรียนของผู้ใช้ (รหัสโรงเรียน 8 หลัก)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A classroom of the school this academic year: its name as shown in the language of the messages (“ป.4/1” in Thai, “P.4/1” in English), its grade code (“P4/1”) or its record id; repeat for more.</source>
        <translation>ห้องเรียนของโรงเรียนในปีการศึกษานี้: ระบุชื่อห้องตามภาษาที่ใช้แสดงข้อความ (“ป.4/1” ในภาษาไทย “P.4/1” ในภาษาอังกฤษ) รหัสชั้นเรียน (“P4/1”) หรือรหัสระเบียน ระบุซ้ำได้หากมีหลายห้อง</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missing option --%1.</source>
        <translation>ไม่ได้ระบุตัวเลือก --%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Added user %1 (%2).</source>
        <translation>เพิ่มผู้ใช้ %1 (%2) แล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists the users you manage: all of them for the administrator, those of your school for a director.</source>
        <translation>แสดงรายชื่อผู้ใช้ที่คุณดูแล: ผู้ดูแลระบบจะเห็นผู้ใช้ทั้งหมด ส่วนผู้อำนวยการโรงเรียนจะเห็นผู้ใช้ของโรงเรียนตนเอง</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n user(s).</source>
        <translation>
            <numerusform>ผู้ใช้ %n คน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stops a user from signing in and deletes their key slot. Their records and audit trail stay.</source>
        <translation>ระงับไม่ให้ผู้ใช้เข้าสู่ระบบและลบช่องกุญแจของผู้ใช้ ข้อมูลที่บันทึกและบันทึกการตรวจสอบยังคงอยู่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enables a disabled user again; they sign in after “users reset-password” gives them a new temporary password.</source>
        <translation>เปิดใช้ผู้ใช้ที่ถูกระงับอีกครั้ง ผู้ใช้จะเข้าสู่ระบบได้หลังจาก “users reset-password” ตั้งรหัสผ่านชั่วคราวใหม่ให้</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enabled user %1. Their key slot was deleted when they were disabled: give them a temporary password with “care-cli users reset-password” so they can sign in.</source>
        <translation>เปิดใช้ผู้ใช้ %1 แล้ว ช่องกุญแจของผู้ใช้ถูกลบไปเมื่อถูกระงับ โปรดตั้งรหัสผ่านชั่วคราวด้วย “care-cli users reset-password” เพื่อให้เข้าสู่ระบบได้</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+28"/>
        <source>The user&apos;s sign-in name.</source>
        <translation>ชื่อผู้ใช้ที่ใช้เข้าสู่ระบบ</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Disabled user %1: they can no longer sign in.</source>
        <translation>ปิดใช้งานผู้ใช้ %1 แล้ว: ผู้ใช้นี้จะเข้าสู่ระบบไม่ได้อีก</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gives a user a temporary password (from CARE_NEW_PASSWORD or typed twice) that they must change when they next sign in.</source>
        <translation>กำหนดรหัสผ่านชั่วคราวให้ผู้ใช้ (อ่านจาก CARE_NEW_PASSWORD หรือให้พิมพ์สองครั้ง) ซึ่งผู้ใช้ต้องเปลี่ยนเมื่อเข้าสู่ระบบครั้งถัดไป</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Set a temporary password for %1; they must change it when they next sign in.</source>
        <translation>กำหนดรหัสผ่านชั่วคราวให้ %1 แล้ว ผู้ใช้ต้องเปลี่ยนรหัสผ่านเมื่อเข้าสู่ระบบครั้งถัดไป</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changes the password of the user who signs in (CARE_USER, CARE_PASSWORD) to the new one from CARE_NEW_PASSWORD or typed twice. A temporary password set by an administrator must be changed this way (or in Care) before any other work.</source>
        <translation>เปลี่ยนรหัสผ่านของผู้ใช้ที่เข้าสู่ระบบ (CARE_USER, CARE_PASSWORD) เป็นรหัสผ่านใหม่จาก CARE_NEW_PASSWORD หรือที่พิมพ์สองครั้ง รหัสผ่านชั่วคราวที่ผู้ดูแลระบบกำหนดให้ต้องเปลี่ยนด้วยวิธีนี้ (หรือใน Care) ก่อนจึงจะทำงานอื่นได้</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Changed the password of %1.</source>
        <translation>เปลี่ยนรหัสผ่านของ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>ValidateIdCommand</name>
    <message>
        <location filename="../app/care-cli/validateidcommand.cpp" line="+15"/>
        <source>Checks a 13-digit national ID number (with its check digit) or a G-code (G followed by 12 digits). Dashes and spaces are allowed. Prints the kind and the formatted number, or why it is not valid (exit code 1).</source>
        <translation>ตรวจสอบเลขประจำตัวประชาชน 13 หลัก (รวมหลักตรวจสอบ) หรือ G-code (G ตามด้วยตัวเลข 12 หลัก) ใส่ขีดและช่องว่างได้ แสดงประเภทและเลขในรูปแบบมาตรฐาน หรือเหตุที่เลขไม่ถูกต้อง (รหัสสิ้นสุดการทำงาน 1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number to check, e.g. 1-2345-67890-12-1.</source>
        <translation>เลขที่ต้องการตรวจสอบ เช่น 1-2345-67890-12-1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not a valid ID number: %1</source>
        <translation>เลขประจำตัวไม่ถูกต้อง: %1</translation>
    </message>
</context>
<context>
    <name>ValidationText</name>
    <message>
        <location filename="../core/domain/validation.cpp" line="+60"/>
        <source>The national ID number is empty.</source>
        <translation>ยังไม่ได้กรอกเลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A national ID number may contain only digits.</source>
        <translation>เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A national ID number has 13 digits; this one has %n.</source>
        <translation>
            <numerusform>เลขประจำตัวประชาชนต้องมี 13 หลัก แต่เลขนี้มี %n หลัก</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check digit is wrong: the last digit should be %1. Please re-check the number on the ID card.</source>
        <translation>หลักตรวจสอบไม่ถูกต้อง: หลักสุดท้ายควรเป็น %1 กรุณาตรวจสอบเลขจากบัตรประจำตัวประชาชนอีกครั้ง</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A G-code is the letter G followed by 12 digits.</source>
        <translation>G-code ประกอบด้วยตัวอักษร G ตามด้วยตัวเลข 12 หลัก</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose the student&apos;s school.</source>
        <translation>กรุณาเลือกโรงเรียนของนักเรียน</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An ID number was entered but the ID type is &quot;no ID number&quot;.</source>
        <translation>มีการกรอกเลขประจำตัว แต่ประเภทเลขประจำตัวเป็น &quot;ไม่มีเลขประจำตัว&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first name is required.</source>
        <translation>กรุณากรอกชื่อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last name is required.</source>
        <translation>กรุณากรอกนามสกุล</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The student number may contain only digits.</source>
        <translation>เลขประจำตัวนักเรียนต้องเป็นตัวเลขเท่านั้น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birth date is required.</source>
        <translation>กรุณากรอกวันเกิด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date is in the future.</source>
        <translation>วันเกิดเป็นวันที่ในอนาคต</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date makes the student older than 30; check the year (Buddhist Era years are 543 more than Christian Era years).</source>
        <translation>ตามวันเกิดนี้ นักเรียนจะมีอายุเกิน 30 ปี กรุณาตรวจสอบปีเกิด (ปีพุทธศักราชมากกว่าปีคริสต์ศักราช 543 ปี)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A postcode has 5 digits.</source>
        <translation>รหัสไปรษณีย์ต้องมี 5 หลัก</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The guardian&apos;s first name is required.</source>
        <translation>กรุณากรอกชื่อผู้ปกครอง</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The phone number should have 9 or 10 digits, e.g. 081-234-5678.</source>
        <translation>หมายเลขโทรศัพท์ควรมี 9 หรือ 10 หลัก เช่น 081-234-5678</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A household has between 1 and 30 members.</source>
        <translation>จำนวนสมาชิกในครัวเรือนต้องอยู่ระหว่าง 1 ถึง 30 คน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The monthly income must be between 0 and 10,000,000 baht.</source>
        <translation>รายได้ต่อเดือนต้องอยู่ระหว่าง 0 ถึง 10,000,000 บาท</translation>
    </message>
</context>
<context>
    <name>WhatIfTable</name>
    <message>
        <location filename="../ui/risk/whatiftable.cpp" line="+23"/>
        <source>School</source>
        <translation>โรงเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Students</source>
        <translation>นักเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Would move</source>
        <translation>จะเปลี่ยนระดับ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moves</source>
        <translation>การเปลี่ยนระดับ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody moves</source>
        <translation>ไม่มีผู้ใดเปลี่ยนระดับ</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>With these thresholds %Ln student(s) would change level, of %1 assessed.</source>
        <translation>
            <numerusform>หากใช้ค่าเกณฑ์เหล่านี้ นักเรียน %Ln คนจะเปลี่ยนระดับ จากที่ประเมินทั้งหมด %1 คน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All schools</source>
        <translation>ทุกโรงเรียน</translation>
    </message>
</context>
<context>
    <name>WordingText</name>
    <message>
        <location filename="../core/screening/wording.cpp" line="+30"/>
        <source>The wording file %1 is not valid at line %2: %3</source>
        <translation>ไฟล์ข้อความคำถาม %1 ไม่ถูกต้องที่บรรทัด %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1</source>
        <translation>บรรทัด %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>the line has %n field(s) separated by tabs; expected 4: instrument, language, item, text.</source>
        <translation>
            <numerusform>บรรทัดนี้มี %n ช่องที่คั่นด้วยแท็บ ต้องมี 4 ช่อง: แบบประเมิน ภาษา ข้อ และข้อความ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown instrument &quot;%1&quot;.</source>
        <translation>ไม่รู้จักแบบประเมิน &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown language &quot;%1&quot;; use th or en.</source>
        <translation>ไม่รู้จักภาษา &quot;%1&quot; ใช้ th หรือ en</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the instrument %1 has no item %2.</source>
        <translation>แบบประเมิน %1 ไม่มีข้อ %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the instrument %1 has no item or wording key &quot;%2&quot;.</source>
        <translation>แบบประเมิน %1 ไม่มีข้อหรือคีย์ข้อความคำถาม &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the text is empty.</source>
        <translation>ข้อความว่างเปล่า</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text is longer than %1 characters.</source>
        <translation>ข้อความยาวเกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text contains a control character.</source>
        <translation>ข้อความมีอักขระควบคุม</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the line is not UTF-8 text.</source>
        <translation>บรรทัดนี้ไม่ใช่ข้อความ UTF-8</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the text of %1 in %2 for %3 was already given on line %4.</source>
        <translation>ข้อความของ %1 ใน %2 สำหรับ %3 ได้ระบุไว้แล้วที่บรรทัด %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The wording file %1 has no wording lines.</source>
        <translation>ไฟล์ข้อความคำถาม %1 ไม่มีบรรทัดข้อความคำถาม</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The wording file %1 cannot be read: %2.</source>
        <translation>ไม่สามารถอ่านไฟล์ข้อความคำถาม %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The wording file %1 is larger than 4 MB; it cannot be one.</source>
        <translation>ไฟล์ข้อความคำถาม %1 มีขนาดเกิน 4 MB จึงไม่ใช่ไฟล์ข้อความคำถาม</translation>
    </message>
</context>
<context>
    <name>WorklistTable</name>
    <message>
        <location filename="../ui/risk/worklisttable.cpp" line="+18"/>
        <source>School</source>
        <translation>โรงเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Student number</source>
        <translation>เลขประจำตัวนักเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>ระดับเดิม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>ตั้งแต่</translation>
    </message>
</context>
<context>
    <name>WriteText</name>
    <message>
        <location filename="../core/storage/writescope.cpp" line="+141"/>
        <source>The change was not saved: the database is not open.</source>
        <translation>ไม่ได้บันทึกการเปลี่ยนแปลง เพราะฐานข้อมูลยังไม่ได้เปิด</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The change was not saved because the write had already ended.</source>
        <translation>ไม่ได้บันทึกการเปลี่ยนแปลง เนื่องจากการบันทึกชุดนี้สิ้นสุดไปแล้ว</translation>
    </message>
</context>
<context>
    <name>care::SchoolRepository</name>
    <message>
        <location filename="../core/storage/schoolrepository.cpp" line="+53"/>
        <source>The school was not found.</source>
        <translation>ไม่พบโรงเรียน</translation>
    </message>
    <message>
        <location filename="../core/services/schooldirectory.cpp" line="+111"/>
        <location filename="../core/storage/schoolrepository.cpp" line="+71"/>
        <source>The classroom was not found.</source>
        <translation>ไม่พบห้องเรียน</translation>
    </message>
</context>
<context>
    <name>care::ui::AboutDialog</name>
    <message>
        <location filename="../ui/mainwindow/aboutdialog.cpp" line="+59"/>
        <source>About Care</source>
        <translation>เกี่ยวกับ Care</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Student care and dropout prevention for municipal schools.</source>
        <translation>ระบบดูแลช่วยเหลือนักเรียนและป้องกันการออกกลางคันสำหรับโรงเรียนสังกัดเทศบาล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses&lt;/a&gt;.</source>
        <translation>Care เป็นซอฟต์แวร์เสรี คุณสามารถแจกจ่ายต่อและ/หรือแก้ไขได้ภายใต้เงื่อนไขของสัญญาอนุญาต GNU General Public License ที่เผยแพร่โดยมูลนิธิซอฟต์แวร์เสรี (Free Software Foundation) จะเป็นสัญญาอนุญาตรุ่นที่ 3 หรือรุ่นใดก็ได้ที่ใหม่กว่า (ตามที่คุณเลือก) (GPL-3.0-or-later) โปรแกรมนี้เผยแพร่ด้วยหวังว่าจะเป็นประโยชน์ แต่ไม่มีการรับประกันใด ๆ ทั้งสิ้น แม้แต่การรับประกันโดยนัยว่าสามารถใช้ในเชิงพาณิชย์ได้หรือเหมาะสมกับวัตถุประสงค์ใดโดยเฉพาะ ดูรายละเอียดเพิ่มเติมได้ใน GNU General Public License: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>สร้างด้วย Qt %1 และทำงานบน Qt %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai text is shown in the Noto Sans Thai font (Copyright Google LLC), licensed under the SIL Open Font License, version 1.1.</source>
        <translation>ข้อความภาษาไทยแสดงด้วยฟอนต์ Noto Sans Thai (ลิขสิทธิ์ของ Google LLC) ซึ่งใช้สัญญาอนุญาต SIL Open Font License รุ่น 1.1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Font licence</source>
        <translation>สัญญาอนุญาตของฟอนต์</translation>
    </message>
</context>
<context>
    <name>care::ui::AccessGrantLogDialog</name>
    <message>
        <location filename="../ui/privacy/accessgrantlogdialog.cpp" line="+85"/>
        <source>%1 (still open)</source>
        <translation>%1 (ยังไม่หมดอายุ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody opened a record outside their scope in this period.</source>
        <translation>ไม่มีผู้ใดเปิดระเบียนนอกขอบเขตการเข้าถึงของตนในช่วงเวลานี้</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record opening(s) outside scope.</source>
        <translation>
            <numerusform>มีการเปิดระเบียนนอกขอบเขตการเข้าถึง %Ln ครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Break-the-glass log</source>
        <translation>บันทึกการเข้าถึงกรณีจำเป็น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Since</source>
        <translation>ตั้งแต่ (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>แสดง (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Student</source>
        <translation>นักเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened</source>
        <translation>เปิดเมื่อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>หมดอายุ</translation>
    </message>
</context>
<context>
    <name>care::ui::AccountScreens</name>
    <message>
        <location filename="../ui/security/accountscreens.cpp" line="+99"/>
        <source>This is the demo database. Its users (admin, officer, director, counsellor, teacher, visitor, nurse) all have the password &quot;demo&quot;.</source>
        <translation>นี่คือฐานข้อมูลตัวอย่าง ผู้ใช้ทุกคนในฐานข้อมูลนี้ (admin, officer, director, counsellor, teacher, visitor, nurse) ใช้รหัสผ่าน &quot;demo&quot;</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>You signed out.</source>
        <translation>คุณออกจากระบบแล้ว</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your password was changed.</source>
        <translation>เปลี่ยนรหัสผ่านของคุณแล้ว</translation>
    </message>
</context>
<context>
    <name>care::ui::AddUserDialog</name>
    <message>
        <location filename="../ui/security/adduserdialog.cpp" line="+204"/>
        <source>Add user</source>
        <translation>เพิ่มผู้ใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>ชื่อผู้ใช้ (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>ชื่อ-สกุล (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>บทบาท (&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;School:</source>
        <translation>โรงเรียน (&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Classes:</source>
        <translation>ชั้นเรียน (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: somchai.k</source>
        <translation>ตัวอย่าง: somchai.k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No class ticked: this user sees no students until classes are assigned.</source>
        <translation>ยังไม่ได้เลือกชั้นเรียน: ผู้ใช้นี้จะไม่เห็นข้อมูลนักเรียนจนกว่าจะได้รับมอบหมายชั้นเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Temporary password:</source>
        <translation>รหัสผ่านชั่วคราว (&amp;T):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Repeat password:</source>
        <translation>ยืนยันรหัสผ่าน (&amp;R):</translation>
    </message>
</context>
<context>
    <name>care::ui::AddressSection</name>
    <message>
        <location filename="../ui/student/addresssection.cpp" line="+91"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;House number</source>
        <translation>บ้านเลขที่ (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Moo</source>
        <translation>หมู่ที่ (&amp;M)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Village number (หมู่ที่)</source>
        <translation>หมู่ที่ (หมายเลขหมู่บ้าน)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Co&amp;mmunity</source>
        <translation>ชุมชน (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Road / lane</source>
        <translation>ถนน / ซอย (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bdistrict</source>
        <translation>ตำบล (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;District</source>
        <translation>อำเภอ (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;vince</source>
        <translation>จังหวัด (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post&amp;code</source>
        <translation>รหัสไปรษณีย์ (&amp;C)</translation>
    </message>
</context>
<context>
    <name>care::ui::AttendanceDialog</name>
    <message>
        <location filename="../ui/screening/attendancedialog.cpp" line="+145"/>
        <source>Attendance of term %1 saved.</source>
        <translation>บันทึกการมาเรียนของภาคเรียน %1 แล้ว</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attendance: %1</source>
        <translation>การมาเรียน: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Term</source>
        <translation>ภาคเรียน (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days &amp;enrolled</source>
        <translation>จำนวนวันที่ต้องมาเรียน (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days &amp;absent</source>
        <translation>จำนวนวันที่ขาดเรียน (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days &amp;late</source>
        <translation>จำนวนวันที่มาสาย (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This term has daily records: days absent and late are counted from them below.</source>
        <translation>ภาคเรียนนี้มีบันทึกการมาเรียนรายวัน: จำนวนวันที่ขาดเรียนและมาสายนับจากบันทึกรายวันด้านล่าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save term</source>
        <translation>บันทึกภาคเรียน (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>care::ui::AuditChainCheck</name>
    <message>
        <location filename="../ui/privacy/auditchaincheck.cpp" line="+76"/>
        <source>%1 of %2 events</source>
        <translation>%1 จาก %2 เหตุการณ์</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starting…</source>
        <translation>กำลังเริ่ม…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking every event of the audit trail…</source>
        <translation>กำลังตรวจสอบทุกเหตุการณ์ในบันทึกการใช้งาน…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The check did not run.</source>
        <translation>ไม่ได้ดำเนินการตรวจสอบ</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>OK: the audit trail is intact. %Ln event(s) checked; none was changed, removed or inserted.</source>
        <translation>
            <numerusform>ปกติ: บันทึกการใช้งานครบถ้วนสมบูรณ์ ตรวจสอบแล้ว %Ln เหตุการณ์ ไม่มีเหตุการณ์ใดถูกแก้ไข ลบ หรือแทรกเพิ่ม</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit trail has been tampered with. First bad event: number %1. %2%3</source>
        <translation>บันทึกการใช้งานถูกแก้ไขโดยไม่ได้รับอนุญาต เหตุการณ์แรกที่ผิดปกติคือลำดับที่ %1 %2%3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>It reads: %1, %2, %3, %4.</source>
        <translation>เหตุการณ์นี้บันทึกไว้ว่า: %1, %2, %3, %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Verify chain</source>
        <translation>ตรวจสอบห่วงโซ่แฮช (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks that no event of the audit trail was changed, removed or inserted afterwards.</source>
        <translation>ตรวจสอบว่าไม่มีเหตุการณ์ใดในบันทึกการใช้งานถูกแก้ไข ลบ หรือแทรกเพิ่มภายหลัง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>care::ui::AuditFilterBar</name>
    <message>
        <location filename="../ui/privacy/auditfilterbar.cpp" line="+90"/>
        <location line="+97"/>
        <source>All users</source>
        <translation>ผู้ใช้ทุกคน</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All actions</source>
        <translation>ทุกการดำเนินการ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No student you may see matches “%1”. Enter a national ID number, a student number or part of a name.</source>
        <translation>ไม่พบนักเรียนที่คุณมีสิทธิ์ดูซึ่งตรงกับ “%1” กรุณากรอกเลขประจำตัวประชาชน เลขประจำตัวนักเรียน หรือบางส่วนของชื่อ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;User</source>
        <translation>ผู้ใช้ (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Student</source>
        <translation>นักเรียน (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number, student number or name</source>
        <translation>เลขประจำตัว เลขประจำตัวนักเรียน หรือชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several students match: choose one.</source>
        <translation>พบนักเรียนที่ตรงกันหลายคน: กรุณาเลือกหนึ่งคน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action</source>
        <translation>การดำเนินการ (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>ตั้งแต่ (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>ถึง (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>แสดง (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filters</source>
        <translation>ล้างตัวกรอง (&amp;L)</translation>
    </message>
</context>
<context>
    <name>care::ui::AuditViewerDialog</name>
    <message>
        <location filename="../ui/privacy/auditviewerdialog.cpp" line="+117"/>
        <source>No events match the filters.</source>
        <translation>ไม่มีเหตุการณ์ที่ตรงกับตัวกรอง</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln event(s).</source>
        <translation>
            <numerusform>%Ln เหตุการณ์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The newest %Ln event(s); older ones follow with “Load more”.</source>
        <translation>
            <numerusform>แสดง %Ln เหตุการณ์ล่าสุด กด “โหลดเพิ่มเติม” เพื่อดูเหตุการณ์ที่เก่ากว่า</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit trail</source>
        <translation>บันทึกการใช้งาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Section</source>
        <translation>หมวดข้อมูล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (outside scope)</source>
        <translation>เหตุผล (นอกขอบเขตการเข้าถึง)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load &amp;more</source>
        <translation>โหลดเพิ่มเติม (&amp;M)</translation>
    </message>
</context>
<context>
    <name>care::ui::AutoBackup</name>
    <message>
        <location filename="../ui/privacy/autobackup.cpp" line="+51"/>
        <source>Automatic backup failed: %1</source>
        <translation>สำรองข้อมูลอัตโนมัติไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>care::ui::AutoLockDialog</name>
    <message>
        <location filename="../ui/security/autolockdialog.cpp" line="+48"/>
        <source>Auto-lock</source>
        <translation>ล็อกอัตโนมัติ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care locks itself when nobody has used it for a while, so that records are not left open on an unattended screen. This setting is kept for this computer.</source>
        <translation>Care จะล็อกตัวเองเมื่อไม่มีการใช้งานเป็นระยะเวลาหนึ่ง เพื่อไม่ให้ข้อมูลเปิดค้างไว้บนหน้าจอที่ไม่มีผู้ดูแล การตั้งค่านี้ใช้กับคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock after:</source>
        <translation>ล็อกหลังจาก (&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> minutes</source>
        <translation> นาที</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>ไม่ล็อก</translation>
    </message>
</context>
<context>
    <name>care::ui::BackupSettingsDialog</name>
    <message>
        <location filename="../ui/privacy/backupsettingsdialog.cpp" line="+93"/>
        <source>The backup settings were saved.</source>
        <translation>บันทึกการตั้งค่าการสำรองข้อมูลแล้ว</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Folder for backups</source>
        <translation>โฟลเดอร์สำหรับไฟล์สำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back up to</source>
        <translation>สำรองข้อมูลไปที่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care backups (*.care)</source>
        <translation>ไฟล์สำรองข้อมูล Care (*.care)</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Backed up to %1: %Ln student(s), checked and complete.</source>
        <translation>
            <numerusform>สำรองข้อมูลไปที่ %1 แล้ว: นักเรียน %Ln คน ตรวจสอบแล้วว่าครบถ้วน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backing up… Care stays usable meanwhile.</source>
        <translation>กำลังสำรองข้อมูล… ระหว่างนี้ยังใช้งาน Care ได้ตามปกติ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No backups in this folder yet.</source>
        <translation>ยังไม่มีไฟล์สำรองข้อมูลในโฟลเดอร์นี้</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln backup(s) in this folder; the newest is from %1.</source>
        <translation>
            <numerusform>มีไฟล์สำรองข้อมูล %Ln ไฟล์ในโฟลเดอร์นี้ ไฟล์ล่าสุดสร้างเมื่อ %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backups</source>
        <translation>การสำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup &amp;folder</source>
        <translation>โฟลเดอร์สำรองข้อมูล (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder on another disk or a USB drive</source>
        <translation>โฟลเดอร์บนดิสก์อื่นหรือแฟลชไดรฟ์ USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>เลือก (&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep</source>
        <translation>เก็บไว้ (&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> newest backups</source>
        <translation> ไฟล์ล่าสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up &amp;automatically once a day while an administrator is signed in</source>
        <translation>สำรองข้อมูลอัตโนมัติวันละครั้งขณะที่ผู้ดูแลระบบเข้าสู่ระบบอยู่ (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation>สำรองข้อมูลเดี๋ยวนี้ (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>กู้คืน (&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save settings</source>
        <translation>บันทึกการตั้งค่า (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>care::ui::BehaviourDialog</name>
    <message>
        <location filename="../ui/screening/behaviourdialog.cpp" line="+125"/>
        <source>Remove incident</source>
        <translation>ลบเหตุการณ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the incident of %1 (%2)?</source>
        <translation>ลบเหตุการณ์วันที่ %1 (%2) หรือไม่?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Behaviour: %1</source>
        <translation>พฤติกรรม: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>สิ่งที่เกิดขึ้น</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>ผู้บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No behaviour incidents recorded.</source>
        <translation>ยังไม่มีการบันทึกเหตุการณ์ด้านพฤติกรรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>เพิ่ม (&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>แก้ไข (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>ลบ (&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>care::ui::BirthDateEdit</name>
    <message numerus="yes">
        <location filename="../ui/student/birthdateedit.cpp" line="+58"/>
        <source>%1 (%n years old)</source>
        <translation>
            <numerusform>%1 (อายุ %n ปี)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>day/month/year, e.g. %1</source>
        <translation>วัน/เดือน/ปี เช่น %1</translation>
    </message>
</context>
<context>
    <name>care::ui::BreakGlassDialog</name>
    <message numerus="yes">
        <location filename="../ui/privacy/breakglassdialog.cpp" line="+67"/>
        <source>Give the reason you need this record, in at least %n characters.</source>
        <translation>
            <numerusform>กรุณาระบุเหตุผลที่ต้องเข้าถึงระเบียนนี้ อย่างน้อย %n ตัวอักษร</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open a record outside my scope</source>
        <translation>เปิดระเบียนนอกขอบเขตการเข้าถึงของฉัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this only when a child needs help now and the record is not one you normally see.</source>
        <translation>ใช้เฉพาะเมื่อเด็กต้องการความช่วยเหลือในทันที และเป็นระเบียนที่ตามปกติคุณไม่ได้เข้าถึง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student&apos;s national &amp;ID number or student number</source>
        <translation>เลขประจำตัวประชาชนหรือเลขประจำตัวนักเรียน (&amp;I)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Reason (at least %n characters)</source>
        <translation>
            <numerusform>เหตุผล (อย่างน้อย %n ตัวอักษร) (&amp;R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Your access, with your name and this reason, is logged and shown to the school director. It lasts %n hour(s).</source>
        <translation>
            <numerusform>การเข้าถึงครั้งนี้จะถูกบันทึกพร้อมชื่อของคุณและเหตุผลนี้ และแสดงให้ผู้อำนวยการโรงเรียนทราบ สิทธิ์การเข้าถึงมีอายุ %n ชั่วโมง</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open the record</source>
        <translation>เปิดระเบียน (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>care::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/security/changepassworddialog.cpp" line="+77"/>
        <source>Choose a password different from the current one.</source>
        <translation>กรุณาตั้งรหัสผ่านที่ไม่ซ้ำกับรหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change password</source>
        <translation>เปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, your password was set by an administrator. Choose your own password before you continue; nobody else should know it.</source>
        <translation>%1 รหัสผ่านของคุณถูกกำหนดโดยผู้ดูแลระบบ กรุณาตั้งรหัสผ่านของคุณเองก่อนใช้งานต่อ และไม่ควรให้ผู้อื่นทราบรหัสผ่านนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the password of %1 (%2).</source>
        <translation>เปลี่ยนรหัสผ่านของ %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Temporary password:</source>
        <translation>รหัสผ่านชั่วคราว (&amp;T):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;urrent password:</source>
        <translation>รหัสผ่านปัจจุบัน (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>ออกจากระบบ (&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>care::ui::ClassGridChooser</name>
    <message>
        <location filename="../ui/screening/classgridchooser.cpp" line="+79"/>
        <source>Your role (%1) does not record screenings.</source>
        <translation>บทบาทของคุณ (%1) ไม่ได้มีหน้าที่บันทึกผลการคัดกรอง</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1 (%n student(s))</source>
        <translation>
            <numerusform>%1 (นักเรียน %n คน)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have no classes to screen in this academic year.</source>
        <translation>คุณไม่มีชั้นเรียนที่ต้องคัดกรองในปีการศึกษานี้</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>&amp;Class</source>
        <translation>ชั้นเรียน (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form</source>
        <translation>แบบประเมิน (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>วันที่ (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bands</source>
        <translation>ชุดเกณฑ์แปลผล (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open sheet</source>
        <translation>เปิดตารางกรอก (&amp;O)</translation>
    </message>
</context>
<context>
    <name>care::ui::ClassGridDialog</name>
    <message>
        <location filename="../ui/screening/classgriddialog.cpp" line="+106"/>
        <source>Enter the date of the screening.</source>
        <translation>โปรดกรอกวันที่คัดกรอง</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The class %1 has no students.</source>
        <translation>ชั้นเรียน %1 ไม่มีนักเรียน</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Age outside the form&apos;s range</source>
        <translation>อายุอยู่นอกช่วงของแบบประเมิน</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 %n student(s) are outside the ages %2–%3 of this form. Why are they screened with it?</source>
        <translation>
            <numerusform>%1 (นักเรียน %n คน) มีอายุอยู่นอกช่วง %2–%3 ปีของแบบประเมินนี้ เหตุใดจึงคัดกรองด้วยแบบประเมินนี้?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was saved: give a reason for screening children outside the form&apos;s ages.</source>
        <translation>ไม่ได้บันทึกข้อมูล: โปรดระบุเหตุผลที่คัดกรองเด็กที่มีอายุอยู่นอกช่วงของแบบประเมิน</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing was saved: %1</source>
        <translation>ไม่ได้บันทึกข้อมูล: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved on %1: %2 new, %3 replaced.</source>
        <translation>บันทึกแล้วเมื่อ %1: ใหม่ %2 รายการ แทนที่ %3 รายการ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The answers typed into this sheet are not saved yet. Save them?</source>
        <translation>คำตอบที่พิมพ์ในตารางนี้ยังไม่ได้บันทึก ต้องการบันทึกหรือไม่</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 of %2 answers entered</source>
        <translation>กรอกคำตอบแล้ว %1 จาก %2 ข้อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · not saved</source>
        <translation> · ยังไม่บันทึก</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screen a class</source>
        <translation>คัดกรองทั้งห้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type each answer (0, 1, 2…): the cursor moves on by itself, to the next student after the last item. “-” or space: missing. Backspace: clear. Enter: next student. Ctrl+S: save.</source>
        <translation>พิมพ์คำตอบแต่ละข้อ (0, 1, 2…) เคอร์เซอร์จะเลื่อนไปเอง และไปยังนักเรียนคนถัดไปเมื่อถึงข้อสุดท้าย “-” หรือเว้นวรรค: ไม่มีคำตอบ Backspace: ล้าง Enter: นักเรียนคนถัดไป Ctrl+S: บันทึก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>care::ui::ClassGridModel</name>
    <message numerus="yes">
        <location filename="../ui/screening/classgridcells.cpp" line="+52"/>
        <source>%1 is %n years old, outside the ages %2–%3 of this form.</source>
        <translation>
            <numerusform>%1 อายุ %n ปี ซึ่งอยู่นอกช่วงอายุ %2–%3 ปีของแบบประเมินนี้</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason: %1</source>
        <translation>เหตุผล: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+63"/>
        <location line="+27"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Marked as missing.</source>
        <translation>ระบุว่าไม่มีคำตอบ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not answered.</source>
        <translation>ยังไม่ได้ตอบ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No answers: the stored result stays as it was</source>
        <translation>ไม่มีคำตอบ: ผลที่บันทึกไว้ยังคงเดิม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not scored yet</source>
        <translation>ยังไม่ได้คำนวณคะแนน</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n missing</source>
        <translation>
            <numerusform> · ไม่มีคำตอบ %n ข้อ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No.</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
</context>
<context>
    <name>care::ui::ClassGridView</name>
    <message>
        <location filename="../ui/screening/classgridview.cpp" line="+98"/>
        <source>Answers to this item are %1 to %2; “-” or space marks one as missing.</source>
        <translation>คำตอบของข้อนี้คือ %1 ถึง %2 พิมพ์ “-” หรือเว้นวรรคเพื่อระบุว่าไม่มีคำตอบ</translation>
    </message>
</context>
<context>
    <name>care::ui::ConsentBox</name>
    <message>
        <location filename="../ui/privacy/consentbox.cpp" line="+85"/>
        <source>The consent decisions could not be read: %1</source>
        <translation>ไม่สามารถอ่านข้อมูลการให้ความยินยอมได้: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not a guardian</source>
        <translation>ไม่ใช่ผู้ปกครอง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A former guardian</source>
        <translation>อดีตผู้ปกครอง</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Never asked</source>
        <translation>ยังไม่เคยขอความยินยอม</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scanned form</source>
        <translation>แบบฟอร์มที่สแกน</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Consent</source>
        <translation>ความยินยอม</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Decision</source>
        <translation>การตัดสินใจ</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Decided by</source>
        <translation>ผู้ตัดสินใจ</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Recorded by</source>
        <translation>ผู้บันทึก</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form</source>
        <translation>แบบฟอร์ม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History, newest first</source>
        <translation>ประวัติ (ล่าสุดอยู่ด้านบน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record decision…</source>
        <translation>บันทึกการตัดสินใจ (&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open form</source>
        <translation>เปิดแบบฟอร์ม (&amp;O)</translation>
    </message>
</context>
<context>
    <name>care::ui::ConsentDecisionDialog</name>
    <message>
        <location filename="../ui/privacy/consentdecisiondialog.cpp" line="+100"/>
        <source>Scanned consent form</source>
        <translation>แบบฟอร์มความยินยอมที่สแกน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned forms (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>แบบฟอร์มที่สแกน (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+64"/>
        <source>No scanned form</source>
        <translation>ไม่มีแบบฟอร์มที่สแกน</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Record a consent decision</source>
        <translation>บันทึกการให้ความยินยอม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose</source>
        <translation>วัตถุประสงค์ (&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Decision</source>
        <translation>การตัดสินใจ (&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Decided by</source>
        <translation>ผู้ตัดสินใจ (&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&amp;ate</source>
        <translation>วันที่ (&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note</source>
        <translation>หมายเหตุ (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned form</source>
        <translation>แบบฟอร์มที่สแกน</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a guardian (e.g. the student, aged 20 or over)</source>
        <translation>ไม่ใช่ผู้ปกครอง (เช่น นักเรียนเองซึ่งมีอายุ 20 ปีขึ้นไป)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional. Kept encrypted; shown only to those who may see the family section.</source>
        <translation>ไม่บังคับ จัดเก็บแบบเข้ารหัส และแสดงเฉพาะผู้ที่มีสิทธิ์ดูหมวดข้อมูลครอบครัวและครัวเรือนเท่านั้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach…</source>
        <translation>แนบไฟล์…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>care::ui::DailyAbsenceBox</name>
    <message>
        <location filename="../ui/screening/dailyabsencebox.cpp" line="+146"/>
        <source>Daily absences of this term</source>
        <translation>การขาดเรียนรายวันในภาคเรียนนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation>วันที่ (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add day</source>
        <translation>เพิ่มวัน (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove chosen day</source>
        <translation>นำวันที่เลือกออก (&amp;R)</translation>
    </message>
</context>
<context>
    <name>care::ui::DatabaseChoices</name>
    <message>
        <location filename="../ui/widgets/databasechoices.cpp" line="+54"/>
        <source>Which database should Care use?</source>
        <translation>ต้องการให้ Care ใช้ฐานข้อมูลใด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a database file…</source>
        <translation>เปิดไฟล์ฐานข้อมูล…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Care database (.care) made on this or another computer.</source>
        <translation>ฐานข้อมูล Care (.care) ที่สร้างไว้บนเครื่องนี้หรือเครื่องอื่น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty database…</source>
        <translation>สร้างฐานข้อมูลเปล่า…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start your municipality&apos;s own records from nothing.</source>
        <translation>เริ่มบันทึกข้อมูลของเทศบาลคุณเองตั้งแต่ต้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the demo municipality</source>
        <translation>สร้างเทศบาลตัวอย่าง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made-up schools and students to try Care out. No real person&apos;s data is in it.</source>
        <translation>โรงเรียนและนักเรียนสมมุติสำหรับทดลองใช้ Care ไม่มีข้อมูลของบุคคลจริง</translation>
    </message>
</context>
<context>
    <name>care::ui::DayEdit</name>
    <message>
        <location filename="../ui/privacy/dayedit.cpp" line="+46"/>
        <source>day/month/year</source>
        <translation>วัน/เดือน/ปี</translation>
    </message>
</context>
<context>
    <name>care::ui::FirstRunDialog</name>
    <message>
        <location filename="../ui/app/firstrundialog.cpp" line="+49"/>
        <source>Welcome to Care</source>
        <translation>ยินดีต้อนรับสู่ Care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care keeps track of the students of your municipality&apos;s schools, so that children at risk of leaving school are found and helped in time.</source>
        <translation>Care ช่วยติดตามดูแลนักเรียนในโรงเรียนสังกัดเทศบาลของคุณ เพื่อให้พบและช่วยเหลือเด็กที่เสี่ยงต่อการออกกลางคันได้ทันเวลา</translation>
    </message>
</context>
<context>
    <name>care::ui::GradesDialog</name>
    <message>
        <location filename="../ui/screening/gradesdialog.cpp" line="+179"/>
        <source>“%1” is not a GPA. Type a number from 0.00 to 4.00, such as 2.75, or leave it empty.</source>
        <translation>“%1” ไม่ใช่เกรดเฉลี่ย กรุณาพิมพ์ตัวเลขตั้งแต่ 0.00 ถึง 4.00 เช่น 2.75 หรือเว้นว่างไว้</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Grades of term %1 saved.</source>
        <translation>บันทึกผลการเรียนภาคเรียน %1 แล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grades: %1</source>
        <translation>ผลการเรียน: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Term</source>
        <translation>ภาคเรียน (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;GPA</source>
        <translation>เกรดเฉลี่ย (&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0.00–4.00, empty when none</source>
        <translation>0.00–4.00 เว้นว่างหากไม่มี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failing marks by &amp;subject</source>
        <translation>ผลการเรียนที่ไม่ผ่านรายวิชา (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks of &amp;0</source>
        <translation>จำนวนผลการเรียน 0 (&amp;0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks of ร (&amp;incomplete)</source>
        <translation>จำนวนผลการเรียน ร (ไม่สมบูรณ์) (&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks of มส (&amp;not allowed)</source>
        <translation>จำนวนผลการเรียน มส (ไม่มีสิทธิ์สอบ) (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The counts follow the subjects listed.</source>
        <translation>จำนวนนับตามรายวิชาที่ระบุไว้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd subject</source>
        <translation>เพิ่มรายวิชา (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove subject</source>
        <translation>นำรายวิชาออก (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>care::ui::GuardianEditDialog</name>
    <message>
        <location filename="../ui/student/guardianeditdialog.cpp" line="+101"/>
        <source>Still needed: %1</source>
        <translation>ยังต้องกรอก: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Edit guardian</source>
        <translation>แก้ไขข้อมูลผู้ปกครอง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add guardian</source>
        <translation>เพิ่มผู้ปกครอง</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Relation to the student</source>
        <translation>ความเกี่ยวข้องกับนักเรียน (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prefix</source>
        <translation>คำนำหน้าชื่อ (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First name</source>
        <translation>ชื่อ (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>นามสกุล (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone</source>
        <translation>โทรศัพท์ (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Occupation</source>
        <translation>อาชีพ (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary &amp;contact for the school</source>
        <translation>เป็นผู้ติดต่อหลักของโรงเรียน (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Li&amp;ves with the student</source>
        <translation>อาศัยอยู่กับนักเรียน (&amp;V)</translation>
    </message>
</context>
<context>
    <name>care::ui::GuardianListSection</name>
    <message>
        <location filename="../ui/student/guardianlistsection.cpp" line="+111"/>
        <source>%1 (primary contact)</source>
        <translation>%1 (ผู้ติดต่อหลัก)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>lives with the student</source>
        <translation>อยู่กับนักเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lives elsewhere</source>
        <translation>ไม่ได้อยู่กับนักเรียน</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guardians</source>
        <translation>ผู้ปกครอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>เพิ่ม (&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>แก้ไข (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>นำออก (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No guardians yet. Add the parents, or whoever looks after the student.</source>
        <translation>ยังไม่มีข้อมูลผู้ปกครอง กรุณาเพิ่มบิดามารดา หรือผู้ที่ดูแลนักเรียน</translation>
    </message>
</context>
<context>
    <name>care::ui::HouseholdSection</name>
    <message>
        <location filename="../ui/student/householdsection.cpp" line="+70"/>
        <source>Write the monthly income in whole baht, e.g. 12,000.</source>
        <translation>กรอกรายได้ต่อเดือนเป็นจำนวนเต็มบาท เช่น 12,000</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+23"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 a month</source>
        <translation>เดือนละ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;embers (people)</source>
        <translation>จำนวนสมาชิก (คน) (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly &amp;income (baht)</source>
        <translation>รายได้ต่อเดือน (บาท) (&amp;I)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>whole household, e.g. 9,000</source>
        <translation>รวมทั้งครัวเรือน เช่น 9,000</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Income per person</source>
        <translation>รายได้ต่อคน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives &amp;with</source>
        <translation>อาศัยอยู่กับ (&amp;W)</translation>
    </message>
</context>
<context>
    <name>care::ui::IncidentDialog</name>
    <message>
        <location filename="../ui/screening/incidentdialog.cpp" line="+115"/>
        <source>New behaviour incident</source>
        <translation>เหตุการณ์ด้านพฤติกรรมใหม่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Behaviour incident</source>
        <translation>เหตุการณ์ด้านพฤติกรรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>วันที่ (&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;What happened</source>
        <translation>เหตุการณ์ที่เกิดขึ้น (&amp;W)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Severity</source>
        <translation>ความรุนแรง (&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note</source>
        <translation>หมายเหตุ (&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was seen, and what was done (staff only)</source>
        <translation>สิ่งที่พบเห็นและการดำเนินการ (สำหรับเจ้าหน้าที่เท่านั้น)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>care::ui::LockScreen</name>
    <message>
        <location filename="../ui/security/lockscreen.cpp" line="+125"/>
        <source>Care is locked</source>
        <translation>Care ถูกล็อกอยู่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as %1 (%2, %3)</source>
        <translation>เข้าสู่ระบบในชื่อ %1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Care locked itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>Care ล็อกอัตโนมัติเนื่องจากไม่มีการใช้งานนาน %n นาที</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care was locked. Nothing is shown until you unlock it.</source>
        <translation>Care ถูกล็อกแล้ว ระบบจะไม่แสดงข้อมูลใด ๆ จนกว่าคุณจะปลดล็อก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your &amp;password to continue:</source>
        <translation>กรอกรหัสผ่านเพื่อดำเนินการต่อ (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>ปลดล็อก (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>ออกจากระบบ (&amp;O)</translation>
    </message>
</context>
<context>
    <name>care::ui::MainActions</name>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="+103"/>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>เปิด (&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New…</source>
        <translation>สร้างใหม่ (&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;demo…</source>
        <translation>สร้างข้อมูลตัวอย่าง (&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>ปิด (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม (&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;student…</source>
        <translation>เพิ่มนักเรียน (&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit student…</source>
        <translation>แก้ไขข้อมูลนักเรียน (&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schools and classes</source>
        <translation>โรงเรียนและชั้นเรียน (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student &amp;profile</source>
        <translation>ข้อมูลนักเรียนรายบุคคล (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>โหลดข้อมูลใหม่ (&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings</source>
        <translation>ตั้งค่า (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Auto-lock…</source>
        <translation>ล็อกอัตโนมัติ (&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Account</source>
        <translation>บัญชีผู้ใช้ (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change password…</source>
        <translation>เปลี่ยนรหัสผ่าน (&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock now</source>
        <translation>ล็อกทันที (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>ออกจากระบบ (&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ad&amp;ministration</source>
        <translation>การดูแลระบบ (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users…</source>
        <translation>ผู้ใช้ (&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Care</source>
        <translation>เกี่ยวกับ Care (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>เกี่ยวกับ Qt (&amp;Q)</translation>
    </message>
</context>
<context>
    <name>care::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+231"/>
        <source>Select a student in the list to see the profile.</source>
        <translation>เลือกนักเรียนในรายชื่อเพื่อดูข้อมูลรายบุคคล</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1</source>
        <translation>เข้าสู่ระบบในชื่อ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 – Care</source>
        <translation>%1 – Care</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care</source>
        <translation>Care</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>นักเรียน %Ln คน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>เลิกทำ %1 (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>ทำซ้ำ %1 (&amp;R)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The database was restored from a backup. Sign in again.</source>
        <translation>ฐานข้อมูลได้รับการกู้คืนจากไฟล์สำรองข้อมูลแล้ว โปรดเข้าสู่ระบบอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>care::ui::NavigationPanel</name>
    <message>
        <location filename="../ui/mainwindow/navigationpanel.cpp" line="+93"/>
        <location line="+2"/>
        <source>Academic year %1</source>
        <translation>ปีการศึกษา %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All schools</source>
        <translation>ทุกโรงเรียน</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>care::ui::NewPasswordFields</name>
    <message>
        <location filename="../ui/security/newpasswordfields.cpp" line="+90"/>
        <source>New &amp;password:</source>
        <translation>รหัสผ่านใหม่ (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>ยืนยันรหัสผ่าน (&amp;R):</translation>
    </message>
</context>
<context>
    <name>care::ui::PrivacyActions</name>
    <message>
        <location filename="../ui/privacy/privacyactions.cpp" line="+126"/>
        <source>Daily backup written: %1</source>
        <translation>สำรองข้อมูลประจำวันแล้ว: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Students</source>
        <translation>นักเรียน (&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Administration</source>
        <translation>การดูแลระบบ (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a record &amp;outside my scope…</source>
        <translation>เปิดข้อมูลนอกขอบเขตการเข้าถึงของฉัน (&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit trail…</source>
        <translation>บันทึกการใช้งาน (&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Break-the-glass log…</source>
        <translation>บันทึกการเข้าถึงกรณีจำเป็น (&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bac&amp;kups…</source>
        <translation>การสำรองข้อมูล (&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from a backup…</source>
        <translation>กู้คืนจากไฟล์สำรองข้อมูล (&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;etention…</source>
        <translation>การเก็บรักษาข้อมูล (&amp;E)…</translation>
    </message>
</context>
<context>
    <name>care::ui::RecomputeDialog</name>
    <message>
        <location filename="../ui/risk/recomputedialog.cpp" line="+21"/>
        <source>Recomputing the risk levels of every student you may reach, with the rules in force…</source>
        <translation>กำลังคำนวณระดับความเสี่ยงใหม่ของนักเรียนทุกคนที่คุณเข้าถึงได้ ตามเกณฑ์ที่ใช้อยู่…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recompute risk levels</source>
        <translation>คำนวณระดับความเสี่ยงใหม่</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 of %2 students</source>
        <translation>นักเรียน %1 จาก %2 คน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working… You can go on using Care meanwhile.</source>
        <translation>กำลังดำเนินการ… ระหว่างนี้คุณยังใช้งาน Care ต่อได้</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling after the current batch of students…</source>
        <translation>จะยกเลิกหลังจากประมวลผลนักเรียนชุดปัจจุบันเสร็จ…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The recompute did not run.</source>
        <translation>ไม่สามารถคำนวณใหม่ได้</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Cancelled. %Ln student(s) were recomputed before that; their levels are kept.</source>
        <translation>
            <numerusform>ยกเลิกแล้ว ก่อนหน้านั้นได้คำนวณใหม่ไปแล้ว %Ln คน และระดับของนักเรียนเหล่านั้นยังคงเก็บไว้</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Done: %Ln student(s) recomputed; the level changed for %1. Rules: %2.</source>
        <translation>
            <numerusform>เสร็จสิ้น: คำนวณนักเรียนใหม่ %Ln คน ระดับเปลี่ยน %1 คน เกณฑ์: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>care::ui::RecoveryDialog</name>
    <message>
        <location filename="../ui/security/recoverydialog.cpp" line="+108"/>
        <source>Recover access with the recovery key</source>
        <translation>กู้คืนการเข้าถึงด้วยกุญแจกู้คืน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the recovery key from the sheet printed when Care was set up, the user name whose password is lost and a new password for that user. The use of the recovery key is recorded in the audit trail.</source>
        <translation>กรอกกุญแจกู้คืนตามเอกสารที่พิมพ์ออกมาเมื่อติดตั้ง Care ชื่อผู้ใช้ของผู้ที่ลืมรหัสผ่าน และรหัสผ่านใหม่ของผู้ใช้นั้น การใช้กุญแจกู้คืนจะถูกบันทึกไว้ในบันทึกการใช้งาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery &amp;key:</source>
        <translation>กุญแจกู้คืน (&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>ชื่อผู้ใช้ (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set password and &amp;sign in</source>
        <translation>ตั้งรหัสผ่านและเข้าสู่ระบบ (&amp;S)</translation>
    </message>
</context>
<context>
    <name>care::ui::RecoveryKeyDialog</name>
    <message>
        <location filename="../ui/security/recoverykeydialog.cpp" line="+47"/>
        <source>New recovery key</source>
        <translation>กุญแจกู้คืนใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done</source>
        <translation>เสร็จสิ้น (&amp;D)</translation>
    </message>
</context>
<context>
    <name>care::ui::RecoveryKeyPage</name>
    <message>
        <location filename="../ui/security/recoverykeypage.cpp" line="+102"/>
        <source>Care recovery key</source>
        <translation>กุญแจกู้คืนของ Care</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the recovery key</source>
        <translation>พิมพ์กุญแจกู้คืน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovery key was sent to the printer. Check that the sheet came out.</source>
        <translation>ส่งกุญแจกู้คืนไปยังเครื่องพิมพ์แล้ว โปรดตรวจสอบว่าเอกสารพิมพ์ออกมาเรียบร้อย</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>care-recovery-key.pdf</source>
        <translation>care-recovery-key.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>care-recovery-key.txt</source>
        <translation>care-recovery-key.txt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text files (*.txt)</source>
        <translation>ไฟล์ข้อความ (*.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery key as PDF</source>
        <translation>บันทึกกุญแจกู้คืนเป็น PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery key as text</source>
        <translation>บันทึกกุญแจกู้คืนเป็นไฟล์ข้อความ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved to %1. Move the file to a USB stick kept in a safe place and delete it from this computer.</source>
        <translation>บันทึกไว้ที่ %1 แล้ว โปรดย้ายไฟล์ไปไว้ในแฟลชไดรฟ์ USB ที่เก็บไว้ในที่ปลอดภัย และลบไฟล์ออกจากคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recovery key</source>
        <translation>กุญแจกู้คืน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If every administrator password is lost, this key is the only way to open the encrypted records again. It is shown only now. Print it, or save it and keep the file on a USB stick in a safe place, away from this computer.</source>
        <translation>หากรหัสผ่านของผู้ดูแลระบบทุกคนสูญหาย กุญแจนี้เป็นวิธีเดียวที่จะเปิดข้อมูลที่เข้ารหัสได้อีกครั้ง และจะแสดงเพียงครั้งนี้เท่านั้น โปรดพิมพ์ออกมา หรือบันทึกเป็นไฟล์แล้วเก็บไว้ในแฟลชไดรฟ์ USB ในที่ปลอดภัย แยกจากคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>พิมพ์ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>บันทึกเป็น PDF (&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;text…</source>
        <translation>บันทึกเป็นไฟล์ข้อความ (&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have printed or stored this key in a safe place</source>
        <translation>ฉันได้พิมพ์หรือจัดเก็บกุญแจนี้ไว้ในที่ปลอดภัยแล้ว</translation>
    </message>
</context>
<context>
    <name>care::ui::ResetPasswordDialog</name>
    <message>
        <location filename="../ui/security/resetpassworddialog.cpp" line="+69"/>
        <source>Reset password</source>
        <translation>ตั้งรหัสผ่านใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a temporary password for %1. Give it to them in person; they must choose their own password when they next sign in.</source>
        <translation>ตั้งรหัสผ่านชั่วคราวสำหรับ %1 โปรดมอบรหัสผ่านนี้ให้ผู้ใช้ด้วยตนเอง ผู้ใช้ต้องตั้งรหัสผ่านของตนเองเมื่อเข้าสู่ระบบครั้งถัดไป</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Temporary password:</source>
        <translation>รหัสผ่านชั่วคราว (&amp;T):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Repeat password:</source>
        <translation>ยืนยันรหัสผ่าน (&amp;R):</translation>
    </message>
</context>
<context>
    <name>care::ui::RestoreDialog</name>
    <message>
        <location filename="../ui/privacy/restoredialog.cpp" line="+96"/>
        <source>Backup to restore</source>
        <translation>ไฟล์สำรองข้อมูลที่จะกู้คืน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care backups (*.care);;All files (*)</source>
        <translation>ไฟล์สำรองข้อมูล Care (*.care);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a backup file.</source>
        <translation>โปรดเลือกไฟล์สำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This backup is of another municipality (%1), not of the open database. Care will not restore it here.</source>
        <translation>ไฟล์สำรองข้อมูลนี้เป็นของเทศบาลอื่น (%1) ไม่ใช่ของฐานข้อมูลที่เปิดอยู่ Care จะไม่กู้คืนไฟล์นี้ที่นี่</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replace everything in the open database with the backup of %1?

The current content is saved next to the database first. Everyone must sign in again afterwards.</source>
        <translation>แทนที่ข้อมูลทั้งหมดในฐานข้อมูลที่เปิดอยู่ด้วยไฟล์สำรองข้อมูล %1 หรือไม่?

ระบบจะบันทึกข้อมูลปัจจุบันไว้ข้างไฟล์ฐานข้อมูลก่อน หลังจากนั้นผู้ใช้ทุกคนต้องเข้าสู่ระบบใหม่</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+52"/>
        <source>Restore from backup</source>
        <translation>กู้คืนจากไฟล์สำรองข้อมูล</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Restoring… Do not close Care.</source>
        <translation>กำลังกู้คืน… โปรดอย่าปิด Care</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup was restored. The content from before is kept in “%1”.

Care will now reopen the database; sign in again to continue.</source>
        <translation>กู้คืนไฟล์สำรองข้อมูลแล้ว ข้อมูลเดิมก่อนการกู้คืนเก็บไว้ใน “%1”

Care จะเปิดฐานข้อมูลอีกครั้ง โปรดเข้าสู่ระบบอีกครั้งเพื่อดำเนินการต่อ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen the database</source>
        <translation>เปิดฐานข้อมูลอีกครั้ง</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;hoose…</source>
        <translation>เลือก (&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on</source>
        <translation>สร้างเมื่อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Municipality</source>
        <translation>เทศบาล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version</source>
        <translation>เวอร์ชันโครงสร้างฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Students</source>
        <translation>นักเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools</source>
        <translation>โรงเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit events</source>
        <translation>เหตุการณ์ในบันทึกการใช้งาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>กู้คืน (&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>care::ui::RetentionDialog</name>
    <message>
        <location filename="../ui/privacy/retentiondialog.cpp" line="+117"/>
        <source>No student left school on or before %1: nothing to anonymise.</source>
        <translation>ไม่มีนักเรียนที่ออกจากโรงเรียนภายในวันที่ %1 จึงไม่มีข้อมูลที่ต้องทำให้เป็นข้อมูลนิรนาม</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln student(s) left school on or before %1. Anonymising removes their names, ID numbers, exact birth dates, addresses, guardians, notes and forms; counts and statistics stay.</source>
        <translation>
            <numerusform>มีนักเรียน %Ln คนที่ออกจากโรงเรียนภายในวันที่ %1 การทำให้เป็นข้อมูลนิรนามจะลบชื่อ เลขประจำตัว วันเกิดที่แน่นอน ที่อยู่ ข้อมูลผู้ปกครอง บันทึก และแบบฟอร์มของนักเรียนเหล่านี้ ส่วนจำนวนและสถิติจะยังคงอยู่</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>&amp;Anonymise %Ln record(s)</source>
        <translation>
            <numerusform>ทำให้ข้อมูล %Ln รายการเป็นข้อมูลนิรนาม (&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anonymise records</source>
        <translation>ทำให้ข้อมูลเป็นข้อมูลนิรนาม</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove the identity of %Ln student(s) for good? This cannot be undone; only a backup made before brings it back.</source>
        <translation>
            <numerusform>ลบข้อมูลที่ระบุตัวตนของนักเรียน %Ln คนอย่างถาวรหรือไม่? การดำเนินการนี้ย้อนกลับไม่ได้ จะนำข้อมูลกลับมาได้จากไฟล์สำรองข้อมูลที่ทำไว้ก่อนหน้าเท่านั้น</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln record(s) anonymised.</source>
        <translation>
            <numerusform>ทำให้ข้อมูล %Ln รายการเป็นข้อมูลนิรนามแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anonymising…</source>
        <translation>กำลังทำให้เป็นข้อมูลนิรนาม…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retention</source>
        <translation>การเก็บรักษาข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep records for</source>
        <translation>เก็บรักษาข้อมูลไว้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> years after leaving school</source>
        <translation> ปีหลังจากออกจากโรงเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student</source>
        <translation>นักเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School</source>
        <translation>โรงเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left on</source>
        <translation>วันที่ออกจากโรงเรียน</translation>
    </message>
</context>
<context>
    <name>care::ui::RiskActions</name>
    <message>
        <location filename="../ui/risk/riskactions.cpp" line="+165"/>
        <source>&amp;Risk</source>
        <translation>ความเสี่ยง (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overview…</source>
        <translation>ภาพรวม (&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Worklists…</source>
        <translation>รายชื่อที่ต้องติดตาม (&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recompute all levels…</source>
        <translation>คำนวณระดับทั้งหมดใหม่ (&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules and &amp;thresholds…</source>
        <translation>เกณฑ์และค่าเกณฑ์ (&amp;T)…</translation>
    </message>
</context>
<context>
    <name>care::ui::RiskOverviewDialog</name>
    <message>
        <location filename="../ui/risk/riskoverviewdialog.cpp" line="+121"/>
        <source>All schools</source>
        <translation>ทุกโรงเรียน</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All classrooms</source>
        <translation>ทุกห้องเรียน</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All levels</source>
        <translation>ทุกระดับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk or problem</source>
        <translation>เสี่ยงหรือมีปัญหา</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%Ln student(s): %1 problem, %2 at risk, %3 normal</source>
        <translation>
            <numerusform>นักเรียน %Ln คน: มีปัญหา %1 คน เสี่ยง %2 คน ปกติ %3 คน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Risk overview</source>
        <translation>ภาพรวมความเสี่ยง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;School:</source>
        <translation>โรงเรียน (&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Class:</source>
        <translation>ชั้นเรียน (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level:</source>
        <translation>ระดับ (&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter or double-click to open the student.</source>
        <translation>กด Enter หรือดับเบิลคลิกเพื่อเปิดข้อมูลนักเรียน</translation>
    </message>
</context>
<context>
    <name>care::ui::RiskRulesDialog</name>
    <message>
        <location filename="../ui/risk/riskrulesdialog.cpp" line="+117"/>
        <source>Preview the change to see how many students would move between levels, school by school. Nothing is saved until you activate the rules.</source>
        <translation>ดูตัวอย่างการเปลี่ยนแปลงเพื่อดูว่าจะมีนักเรียนกี่คนที่เปลี่ยนระดับ แยกตามโรงเรียน ระบบจะยังไม่บันทึกสิ่งใดจนกว่าคุณจะเปิดใช้เกณฑ์</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Give the changed rules a new version: version %1 is the one in force, and every stored level names the version that gave it.</source>
        <translation>กรุณากำหนดเวอร์ชันใหม่ให้เกณฑ์ที่แก้ไข เวอร์ชัน %1 คือเวอร์ชันที่ใช้อยู่ และระดับทุกรายการที่บันทึกไว้จะระบุเวอร์ชันที่ใช้ประเมิน</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Comparing the levels of every student under both rule sets…</source>
        <translation>กำลังเปรียบเทียบระดับของนักเรียนทุกคนภายใต้ชุดเกณฑ์ทั้งสองชุด…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The comparison did not run.</source>
        <translation>ไม่สามารถเปรียบเทียบได้</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Activate risk rules</source>
        <translation>เปิดใช้เกณฑ์ความเสี่ยง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the rules “%1” version %2 in force? Every student&apos;s risk levels are recomputed with them.</source>
        <translation>ต้องการเปิดใช้เกณฑ์ “%1” เวอร์ชัน %2 หรือไม่ ระดับความเสี่ยงของนักเรียนทุกคนจะถูกคำนวณใหม่ตามเกณฑ์นี้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Putting the rules “%1” version %2 in force and recomputing every student&apos;s levels…</source>
        <translation>กำลังเปิดใช้เกณฑ์ “%1” เวอร์ชัน %2 และคำนวณระดับของนักเรียนทุกคนใหม่…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Risk rules and thresholds</source>
        <translation>เกณฑ์และค่าเกณฑ์ความเสี่ยง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In force: %1, version %2 (as shipped with Care).</source>
        <translation>ที่ใช้อยู่: %1 เวอร์ชัน %2 (ค่าเริ่มต้นที่มากับ Care)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force: %1, version %2, activated %3.</source>
        <translation>ที่ใช้อยู่: %1 เวอร์ชัน %2 เปิดใช้เมื่อ %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A student is at risk or has a problem in a domain from these values on. Sex, ethnicity, religion and nationality are never used.</source>
        <translation>นักเรียนจะอยู่ในกลุ่มเสี่ยงหรือมีปัญหาในด้านใดเมื่อถึงค่าเหล่านี้ขึ้นไป ระบบไม่ใช้ข้อมูลเพศ เชื้อชาติ ศาสนา และสัญชาติในการพิจารณาเลย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;version:</source>
        <translation>เวอร์ชันใหม่ (&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview changes</source>
        <translation>ดูตัวอย่างการเปลี่ยนแปลง (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activate and recompute…</source>
        <translation>เปิดใช้และคำนวณใหม่ (&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>care::ui::ScoreTable</name>
    <message>
        <location filename="../ui/screening/scoretable.cpp" line="+35"/>
        <source>not scored</source>
        <translation>ยังไม่ได้คำนวณคะแนน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2</source>
        <translation>%1 ถึง %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Score</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>คะแนนที่ได้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Band</source>
        <translation>ระดับผล</translation>
    </message>
</context>
<context>
    <name>care::ui::ScreeningActions</name>
    <message>
        <location filename="../ui/screening/screeningactions.cpp" line="+60"/>
        <source>You may not do this for the chosen student.</source>
        <translation>คุณไม่มีสิทธิ์ดำเนินการนี้กับนักเรียนที่เลือก</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>&amp;Students</source>
        <translation>นักเรียน (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen a &amp;class…</source>
        <translation>คัดกรองทั้งห้อง (&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening &amp;form…</source>
        <translation>แบบคัดกรองรายคน (&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attendance…</source>
        <translation>การมาเรียน (&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grades…</source>
        <translation>ผลการเรียน (&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behaviour…</source>
        <translation>พฤติกรรม (&amp;B)…</translation>
    </message>
</context>
<context>
    <name>care::ui::ScreeningAnswerSheet</name>
    <message>
        <location filename="../ui/screening/screeninganswersheet.cpp" line="+74"/>
        <source>Does the child have difficulties?</source>
        <translation>เด็กมีปัญหาหรือไม่</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Impact item %1</source>
        <translation>ผลกระทบ ข้อ %1</translation>
    </message>
</context>
<context>
    <name>care::ui::ScreeningFormDialog</name>
    <message numerus="yes">
        <location filename="../ui/screening/screeningformchoices.cpp" line="+152"/>
        <source>%1 is %n years old on %2, outside the ages %3–%4 of this form. Give a reason to record the screening anyway.</source>
        <translation>
            <numerusform>%1 อายุ %n ปี ณ วันที่ %2 ซึ่งอยู่นอกช่วงอายุ %3–%4 ปีของแบบประเมินนี้ กรุณาระบุเหตุผลหากต้องการบันทึกการคัดกรองนี้</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No item answered yet.</source>
        <translation>ยังไม่ได้ตอบข้อใดเลย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every item is answered.</source>
        <translation>ตอบครบทุกข้อแล้ว</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Not answered: item(s) %1.</source>
        <translation>
            <numerusform>ยังไม่ได้ตอบ: ข้อ %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/screening/screeningformdialog.cpp" line="+160"/>
        <source>Choose a form.</source>
        <translation>กรุณาเลือกแบบประเมิน</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The answers of this screening are not saved yet. Save them?</source>
        <translation>คำตอบของการคัดกรองนี้ยังไม่ได้บันทึก ต้องการบันทึกหรือไม่</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New screening: %1</source>
        <translation>การคัดกรองใหม่: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening of %1</source>
        <translation>การคัดกรองของ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answered by</source>
        <translation>ผู้ตอบ (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form</source>
        <translation>แบบประเมิน (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>วันที่ (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bands</source>
        <translation>ชุดเกณฑ์แปลผล (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>เหตุผล (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this form is used for a child of this age</source>
        <translation>เหตุผลที่ใช้แบบประเมินนี้กับเด็กในช่วงอายุนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>care::ui::SetUpDialog</name>
    <message>
        <location filename="../ui/security/setupdialog.cpp" line="+147"/>
        <location line="+36"/>
        <source>C&amp;ontinue</source>
        <translation>ดำเนินการต่อ (&amp;O)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Set up Care</source>
        <translation>ตั้งค่า Care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the system administrator</source>
        <translation>สร้างบัญชีผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 has no users yet. The system administrator adds the other users, manages backups and settings, and signs in first.</source>
        <translation>ฐานข้อมูล %1 ยังไม่มีผู้ใช้ ผู้ดูแลระบบจะเป็นผู้เพิ่มผู้ใช้คนอื่น ๆ จัดการการสำรองข้อมูลและการตั้งค่า และเป็นผู้เข้าสู่ระบบคนแรก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User name:</source>
        <translation>ชื่อผู้ใช้ (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>ชื่อ-สกุล (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: admin</source>
        <translation>ตัวอย่าง: admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create administrator</source>
        <translation>สร้างผู้ดูแลระบบ (&amp;C)</translation>
    </message>
</context>
<context>
    <name>care::ui::SignInDialog</name>
    <message>
        <location filename="../ui/security/signindialog.cpp" line="+144"/>
        <source>Sign in to Care</source>
        <translation>เข้าสู่ระบบ Care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1</source>
        <translation>ฐานข้อมูล: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>ชื่อผู้ใช้ (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>รหัสผ่าน (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot your password? Use the recovery key…</source>
        <translation>ลืมรหัสผ่าน? ใช้กุญแจกู้คืน…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign in</source>
        <translation>เข้าสู่ระบบ (&amp;S)</translation>
    </message>
</context>
<context>
    <name>care::ui::SignInFlow</name>
    <message>
        <location filename="../ui/security/signinflow.cpp" line="+25"/>
        <source>Care</source>
        <translation>Care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The users of %1 could not be read: %2</source>
        <translation>ไม่สามารถอ่านข้อมูลผู้ใช้ของ %1 ได้: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>You signed out without changing the temporary password.</source>
        <translation>คุณออกจากระบบโดยยังไม่ได้เปลี่ยนรหัสผ่านชั่วคราว</translation>
    </message>
</context>
<context>
    <name>care::ui::StudentEditDialog</name>
    <message>
        <location filename="../ui/student/studenteditdialog.cpp" line="+163"/>
        <source>Still needed before saving: %1.</source>
        <translation>ก่อนบันทึกยังต้องกรอก: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The student could not be saved: %1</source>
        <translation>ไม่สามารถบันทึกข้อมูลนักเรียนได้: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>New student</source>
        <translation>เพิ่มนักเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit student – %1</source>
        <translation>แก้ไขข้อมูลนักเรียน – %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit student</source>
        <translation>แก้ไขข้อมูลนักเรียน</translation>
    </message>
</context>
<context>
    <name>care::ui::StudentIdentitySection</name>
    <message>
        <location filename="../ui/student/studentidentitysection.cpp" line="+157"/>
        <source>Student</source>
        <translation>นักเรียน</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>ID &amp;type</source>
        <translation>ประเภทเลขประจำตัว (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ID number</source>
        <translation>เลขประจำตัว (&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prefix</source>
        <translation>คำนำหน้าชื่อ (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First name (Thai)</source>
        <translation>ชื่อ (ภาษาไทย) (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name (Thai)</source>
        <translation>นามสกุล (ภาษาไทย) (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name (&amp;English)</source>
        <translation>ชื่อ (ภาษาอังกฤษ) (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name (En&amp;glish)</source>
        <translation>นามสกุล (ภาษาอังกฤษ) (&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nic&amp;kname</source>
        <translation>ชื่อเล่น (&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth date</source>
        <translation>วันเกิด (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;x</source>
        <translation>เพศ (&amp;X)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>13-digit national ID number, or a G-code (G and 12 digits) for a student without civil registration</source>
        <translation>เลขประจำตัวประชาชน 13 หลัก หรือ G-code (G ตามด้วยตัวเลข 12 หลัก) สำหรับนักเรียนที่ไม่มีหลักฐานทางทะเบียนราษฎร</translation>
    </message>
</context>
<context>
    <name>care::ui::StudentListModel</name>
    <message>
        <location filename="../ui/mainwindow/studentlistmodel.cpp" line="+119"/>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>ชื่อเล่น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>เลขประจำตัว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student no.</source>
        <translation>เลขประจำตัวนักเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>ชั้นเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>โรงเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>วันเกิด</translation>
    </message>
</context>
<context>
    <name>care::ui::StudentListPanel</name>
    <message>
        <location filename="../ui/mainwindow/studentlistpanel.cpp" line="+203"/>
        <location line="+32"/>
        <source>All grades</source>
        <translation>ทุกระดับชั้น</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Search:</source>
        <translation>ค้นหา (&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, nickname, ID number or student number</source>
        <translation>ชื่อ ชื่อเล่น เลขประจำตัว หรือเลขประจำตัวนักเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list narrows as you type. Press Enter to open the first student.</source>
        <translation>รายชื่อจะถูกกรองตามคำที่พิมพ์ กด Enter เพื่อเปิดข้อมูลนักเรียนคนแรก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>ระดับชั้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
</context>
<context>
    <name>care::ui::StudentPrivacyPanel</name>
    <message>
        <location filename="../ui/privacy/studentprivacypanel.cpp" line="+57"/>
        <source>Folder for the subject-access export</source>
        <translation>โฟลเดอร์สำหรับการส่งออกข้อมูลตามคำขอของเจ้าของข้อมูล</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Subject-access export</source>
        <translation>การส่งออกข้อมูลตามคำขอของเจ้าของข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything Care holds about this student was written to %1:
%2

The files are readable only by your account. Hand them over securely.</source>
        <translation>บันทึกข้อมูลทั้งหมดที่ Care จัดเก็บเกี่ยวกับนักเรียนคนนี้ไว้ที่ %1 แล้ว:
%2

ไฟล์เหล่านี้เปิดอ่านได้เฉพาะบัญชีผู้ใช้ของคุณเท่านั้น โปรดส่งมอบอย่างปลอดภัย</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport…</source>
        <translation>ส่งออก (&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject-access export: everything Care holds about this student, as PDF and JSON.</source>
        <translation>การส่งออกข้อมูลตามคำขอของเจ้าของข้อมูล: ข้อมูลทั้งหมดที่ Care จัดเก็บเกี่ยวกับนักเรียนคนนี้ ในรูปแบบ PDF และ JSON</translation>
    </message>
</context>
<context>
    <name>care::ui::StudentProfileView</name>
    <message>
        <location filename="../ui/student/studentprofileview.cpp" line="+151"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a student to see their record.</source>
        <translation>เลือกนักเรียนเพื่อดูข้อมูล</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This student&apos;s record could not be shown: %1</source>
        <translation>ไม่สามารถแสดงข้อมูลของนักเรียนคนนี้ได้: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nickname: %1</source>
        <translation>ชื่อเล่น: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 (%n years old)</source>
        <translation>
            <numerusform>%1 (อายุ %n ปี)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n คน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Edit…</source>
        <translation>แก้ไข (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student</source>
        <translation>นักเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardians</source>
        <translation>ผู้ปกครอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment history</source>
        <translation>ประวัติการศึกษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance and grades</source>
        <translation>การมาเรียนและผลการเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number</source>
        <translation>เลขประจำตัว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student number</source>
        <translation>เลขประจำตัวนักเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>โรงเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>จำนวนสมาชิก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly income</source>
        <translation>รายได้ต่อเดือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per person a month</source>
        <translation>รายได้ต่อคนต่อเดือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives with</source>
        <translation>อาศัยอยู่กับ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No guardians recorded.</source>
        <translation>ยังไม่มีข้อมูลผู้ปกครอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enrolled in any class yet.</source>
        <translation>ยังไม่ได้จัดเข้าชั้นเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No attendance or grades recorded yet.</source>
        <translation>ยังไม่มีข้อมูลการมาเรียนหรือผลการเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No household information recorded.</source>
        <translation>ยังไม่มีข้อมูลครัวเรือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlighted: absence of 10% or more of enrolled days, and any 0, ร or มส mark.</source>
        <translation>ที่เน้นสีไว้: ขาดเรียนตั้งแต่ร้อยละ 10 ของวันเรียนขึ้นไป และผลการเรียน 0, ร หรือ มส</translation>
    </message>
</context>
<context>
    <name>care::ui::StudentRiskPanel</name>
    <message>
        <location filename="../ui/risk/studentriskpanel.cpp" line="+94"/>
        <source>The risk levels could not be shown: %1</source>
        <translation>ไม่สามารถแสดงระดับความเสี่ยงได้: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>since %1</source>
        <translation>ตั้งแต่ %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No risk flags: every domain is normal.</source>
        <translation>ไม่พบความเสี่ยง: ทุกด้านอยู่ในระดับปกติ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assessed %1 under the rules “%2”, version %3.</source>
        <translation>ประเมินเมื่อ %1 ตามเกณฑ์ “%2” เวอร์ชัน %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Risk levels</source>
        <translation>ระดับความเสี่ยง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall:</source>
        <translation>ภาพรวม:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall level over time</source>
        <translation>ระดับภาพรวมตามลำดับเวลา</translation>
    </message>
</context>
<context>
    <name>care::ui::StudentSchoolSection</name>
    <message>
        <location filename="../ui/student/studentschoolsection.cpp" line="+72"/>
        <location line="+66"/>
        <source>No class</source>
        <translation>ไม่ระบุชั้นเรียน</translation>
    </message>
    <message numerus="yes">
        <location line="-58"/>
        <source>%1 (%n students)</source>
        <translation>
            <numerusform>%1 (นักเรียน %n คน)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>School</source>
        <translation>โรงเรียน</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;School</source>
        <translation>โรงเรียน (&amp;S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Class in %1</source>
        <translation>ชั้นเรียน ปีการศึกษา %1 (&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Class</source>
        <translation>ชั้นเรียน (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No.</source>
        <translation>เลขที่ (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The student&apos;s number in the class register</source>
        <translation>เลขที่ของนักเรียนตามบัญชีรายชื่อของห้อง</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Student &amp;number</source>
        <translation>เลขประจำตัวนักเรียน (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus</source>
        <translation>สถานะ (&amp;T)</translation>
    </message>
</context>
<context>
    <name>care::ui::StudentScreeningPanel</name>
    <message>
        <location filename="../ui/screening/studentscreeningpanel.cpp" line="+88"/>
        <location line="+83"/>
        <source>No screening recorded yet.</source>
        <translation>ยังไม่มีการบันทึกการคัดกรอง</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>%1, version %2</source>
        <translation>%1 เวอร์ชัน %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing flagged</source>
        <translation>ไม่พบประเด็นที่ต้องเฝ้าระวัง</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Screening</source>
        <translation>การคัดกรอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form</source>
        <translation>แบบประเมิน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered by</source>
        <translation>ผู้ตอบ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Main score</source>
        <translation>คะแนนหลัก</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bands</source>
        <translation>ระดับผล</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Screen…</source>
        <translation>คัดกรอง (&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attendance…</source>
        <translation>การมาเรียน (&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grades…</source>
        <translation>ผลการเรียน (&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behaviour…</source>
        <translation>พฤติกรรม (&amp;B)…</translation>
    </message>
</context>
<context>
    <name>care::ui::StudentViewsBox</name>
    <message>
        <location filename="../ui/privacy/studentviewsbox.cpp" line="+63"/>
        <source>The views of this record could not be listed: %1</source>
        <translation>ไม่สามารถแสดงรายการการเข้าดูข้อมูลนี้ได้: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody has viewed the sensitive sections of this record yet.</source>
        <translation>ยังไม่มีผู้ใดเข้าดูหมวดข้อมูลอ่อนไหวของข้อมูลนี้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who viewed this</source>
        <translation>ผู้ที่เข้าดูข้อมูลนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Section</source>
        <translation>หมวดข้อมูล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason (outside scope)</source>
        <translation>เหตุผล (นอกขอบเขตการเข้าถึง)</translation>
    </message>
</context>
<context>
    <name>care::ui::SubjectMarksTable</name>
    <message>
        <location filename="../ui/screening/subjectmarkstable.cpp" line="+73"/>
        <source>Subject</source>
        <translation>รายวิชา</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark</source>
        <translation>ผลการเรียน</translation>
    </message>
</context>
<context>
    <name>care::ui::ThresholdTable</name>
    <message>
        <location filename="../ui/risk/thresholdtable.cpp" line="+32"/>
        <source>Days absent in the term, % of days enrolled (from)</source>
        <translation>จำนวนวันขาดเรียนในภาคเรียน คิดเป็นร้อยละของวันที่ต้องมาเรียน (ตั้งแต่)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marks 0, ร or มส in the term (from)</source>
        <translation>จำนวนผลการเรียน 0, ร หรือ มส ในภาคเรียน (ตั้งแต่)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPA of the term (below)</source>
        <translation>เกรดเฉลี่ยของภาคเรียน (ต่ำกว่า)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minor behaviour incidents in the term (from)</source>
        <translation>จำนวนเหตุการณ์ด้านพฤติกรรมระดับเล็กน้อยในภาคเรียน (ตั้งแต่)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serious behaviour incidents in the term (from)</source>
        <translation>จำนวนเหตุการณ์ด้านพฤติกรรมระดับร้ายแรงในภาคเรียน (ตั้งแต่)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household income per person a month, baht (at most)</source>
        <translation>รายได้ครัวเรือนต่อคนต่อเดือน เป็นบาท (ไม่เกิน)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This rule gives no such level.</source>
        <translation>เกณฑ์นี้ไม่มีระดับดังกล่าว</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the edited rules</source>
        <translation>เกณฑ์ที่แก้ไข</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Domain</source>
        <translation>ด้าน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measure</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At risk</source>
        <translation>เสี่ยง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>มีปัญหา</translation>
    </message>
</context>
<context>
    <name>care::ui::UserTableModel</name>
    <message>
        <location filename="../ui/security/usertablemodel.cpp" line="+52"/>
        <source>Disabled</source>
        <translation>ปิดใช้งาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked until %1</source>
        <translation>ถูกระงับชั่วคราวถึง %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active (temporary password)</source>
        <translation>ใช้งานได้ (รหัสผ่านชั่วคราว)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>ใช้งานได้</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(unknown school)</source>
        <translation>(ไม่ทราบโรงเรียน)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(unknown class)</source>
        <translation>(ไม่ทราบชั้นเรียน)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Never</source>
        <translation>ไม่เคย</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>School</source>
        <translation>โรงเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classes</source>
        <translation>ชั้นเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sign-in</source>
        <translation>เข้าสู่ระบบล่าสุด</translation>
    </message>
</context>
<context>
    <name>care::ui::UsersDialog</name>
    <message>
        <location filename="../ui/security/usersdialog.cpp" line="+124"/>
        <source>&amp;Enable</source>
        <translation>เปิดใช้งาน (&amp;E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Disable</source>
        <translation>ปิดใช้งาน (&amp;D)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The user was added. Give them the temporary password in person.</source>
        <translation>เพิ่มผู้ใช้แล้ว โปรดมอบรหัสผ่านชั่วคราวให้ผู้ใช้ด้วยตนเอง</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disable user</source>
        <translation>ปิดใช้งานผู้ใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable %1 (%2)? They can no longer sign in, and their key is deleted: to let them in again later, enable the account and give a new temporary password.</source>
        <translation>ระงับ %1 (%2) หรือไม่ ผู้ใช้จะเข้าสู่ระบบไม่ได้อีก และกุญแจจะถูกลบ หากต้องการให้เข้าได้อีกในภายหลัง ให้เปิดใช้บัญชีและตั้งรหัสผ่านชั่วคราวใหม่</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The temporary password is set. Give it to the user in person.</source>
        <translation>ตั้งรหัสผ่านชั่วคราวแล้ว โปรดมอบให้ผู้ใช้ด้วยตนเอง</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace the recovery key</source>
        <translation>เปลี่ยนกุญแจกู้คืน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new recovery key? The old key stops working at once; destroy its printed sheet and any saved copy.</source>
        <translation>สร้างกุญแจกู้คืนใหม่หรือไม่? กุญแจเดิมจะใช้ไม่ได้ทันที โปรดทำลายเอกสารที่พิมพ์ไว้และสำเนาที่บันทึกไว้ทั้งหมด</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Users</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone who can sign in to this database.</source>
        <translation>ทุกคนที่สามารถเข้าสู่ระบบฐานข้อมูลนี้ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The users of your school. Users of other schools are managed by their director or the system administrator.</source>
        <translation>ผู้ใช้ของโรงเรียนของคุณ ผู้ใช้ของโรงเรียนอื่นจะได้รับการจัดการโดยผู้อำนวยการของโรงเรียนนั้นหรือผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add user…</source>
        <translation>เพิ่มผู้ใช้ (&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>ตั้งรหัสผ่านใหม่ (&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace recovery &amp;key…</source>
        <translation>เปลี่ยนกุญแจกู้คืน (&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>care::ui::WorklistDialog</name>
    <message>
        <location filename="../ui/risk/worklistdialog.cpp" line="+103"/>
        <source>Since</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>นักเรียน %Ln คน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Risk worklists</source>
        <translation>รายชื่อที่ต้องติดตามด้านความเสี่ยง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newly flagged</source>
        <translation>พบความเสี่ยงใหม่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No open case</source>
        <translation>ไม่มีกรณีที่เปิดอยู่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level rose</source>
        <translation>ระดับสูงขึ้น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Students at risk or with a problem now who were normal on the date below.</source>
        <translation>นักเรียนที่ขณะนี้อยู่ในกลุ่มเสี่ยงหรือมีปัญหา ซึ่งเคยอยู่ในระดับปกติ ณ วันที่ด้านล่าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Students at risk or with a problem for whom no case is open.</source>
        <translation>นักเรียนที่อยู่ในกลุ่มเสี่ยงหรือมีปัญหาแต่ยังไม่มีกรณีที่เปิดอยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Students whose overall level is higher now than at the end of last term.</source>
        <translation>นักเรียนที่ระดับภาพรวมขณะนี้สูงกว่าเมื่อสิ้นภาคเรียนที่แล้ว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press Enter or double-click to open the student.</source>
        <translation>กด Enter หรือดับเบิลคลิกเพื่อเปิดข้อมูลนักเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Since:</source>
        <translation>ตั้งแต่ (&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how</source>
        <translation>แสดง (&amp;H)</translation>
    </message>
</context>
</TS>
