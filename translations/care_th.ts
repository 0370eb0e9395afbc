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
        <location line="+25"/>
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
        <source>No student has this record id.</source>
        <translation>ไม่พบนักเรียนที่มีรหัสระเบียนนี้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your role reaches individual records only through break-the-glass.</source>
        <translation>บทบาทของคุณเข้าถึงระเบียนรายบุคคลได้ผ่านการเข้าถึงกรณีจำเป็นเท่านั้น</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The student is not at your school.</source>
        <translation>นักเรียนคนนี้ไม่ได้อยู่ในโรงเรียนของคุณ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The student is not in one of your classes this year.</source>
        <translation>นักเรียนคนนี้ไม่ได้อยู่ในชั้นเรียนที่คุณรับผิดชอบในปีการศึกษานี้</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The student has not been referred to you.</source>
        <translation>นักเรียนคนนี้ไม่ได้ถูกส่งต่อมายังคุณ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The guardian has not given consent to share the record with health staff.</source>
        <translation>ผู้ปกครองยังไม่ได้ให้ความยินยอมในการเปิดเผยข้อมูลแก่เจ้าหน้าที่สาธารณสุข</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+26"/>
        <source>Your role (%1) may not do this.</source>
        <translation>บทบาทของคุณ (%1) ไม่มีสิทธิ์ดำเนินการนี้</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Refused: your role (%1) may not %2.</source>
        <translation>ไม่อนุญาต: บทบาทของคุณ (%1) ไม่มีสิทธิ์%2</translation>
    </message>
    <message>
        <location line="+14"/>
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
    <message numerus="yes">
        <location filename="../core/services/accessgrantservice.cpp" line="+35"/>
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
        <location filename="../core/services/accountrecovery.cpp" line="+35"/>
        <source>This recovery key does not open this database: it belongs to another database, was replaced, or the file was altered.</source>
        <translation>กุญแจกู้คืนนี้ไม่สามารถเปิดฐานข้อมูลนี้ได้ เนื่องจากเป็นกุญแจของฐานข้อมูลอื่น ถูกแทนที่ไปแล้ว หรือไฟล์ถูกแก้ไข</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No user has this user name.</source>
        <translation>ไม่พบผู้ใช้ที่มีชื่อผู้ใช้นี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user account is disabled; an administrator must enable it first.</source>
        <translation>บัญชีผู้ใช้นี้ถูกปิดใช้งาน ผู้ดูแลระบบต้องเปิดใช้งานก่อน</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New password set with the recovery key</source>
        <translation>ตั้งรหัสผ่านใหม่ด้วยกุญแจกู้คืน</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only a system administrator can replace the recovery key.</source>
        <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่สามารถเปลี่ยนกุญแจกู้คืนได้</translation>
    </message>
    <message>
        <location filename="../core/services/accountservice.cpp" line="+80"/>
        <source>This database is already set up; sign in as a user instead.</source>
        <translation>ฐานข้อมูลนี้ตั้งค่าไว้แล้ว โปรดเข้าสู่ระบบด้วยบัญชีผู้ใช้แทน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first user must be a system administrator.</source>
        <translation>ผู้ใช้คนแรกต้องเป็นผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>First administrator and recovery key created</source>
        <translation>สร้างผู้ดูแลระบบคนแรกและกุญแจกู้คืนแล้ว</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown user name</source>
        <translation>ไม่พบชื่อผู้ใช้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused while locked out</source>
        <translation>ไม่อนุญาตระหว่างถูกระงับชั่วคราว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong password</source>
        <translation>รหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account disabled</source>
        <translation>บัญชีถูกปิดใช้งาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This user account is disabled. Ask your administrator.</source>
        <translation>บัญชีผู้ใช้นี้ถูกปิดใช้งาน โปรดติดต่อผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key slot altered or damaged</source>
        <translation>ช่องกุญแจถูกแก้ไขหรือเสียหาย</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The current password is wrong.</source>
        <translation>รหัสผ่านปัจจุบันไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../core/services/accountservicemanage.cpp" line="+69"/>
        <source>Another user already has this user name.</source>
        <translation>ชื่อผู้ใช้นี้มีผู้ใช้อื่นใช้อยู่แล้ว</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>User %1 (%2)</source>
        <translation>ผู้ใช้ %1 (%2)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>You cannot disable your own account.</source>
        <translation>คุณไม่สามารถปิดใช้งานบัญชีของตนเองได้</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Classrooms assigned: %n</source>
        <translation>
            <numerusform>ห้องเรียนที่ได้รับมอบหมาย: %n ห้อง</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/services/accountsupport.cpp" line="+52"/>
        <source>The password must have at least 8 characters.</source>
        <translation>รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must have at most 256 characters.</source>
        <translation>รหัสผ่านต้องมีไม่เกิน 256 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <source>Too many wrong passwords for this user. Wait %1, then try again.</source>
        <translation>ใส่รหัสผ่านของผู้ใช้นี้ผิดหลายครั้งเกินไป โปรดรอ %1 แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password is right, but this user&apos;s key in the database file was altered or damaged, so nothing was unlocked. Ask an administrator to reset the password, or use the recovery key.</source>
        <translation>รหัสผ่านถูกต้อง แต่กุญแจของผู้ใช้นี้ในไฟล์ฐานข้อมูลถูกแก้ไขหรือเสียหาย จึงไม่สามารถปลดล็อกข้อมูลได้ โปรดให้ผู้ดูแลระบบรีเซ็ตรหัสผ่าน หรือใช้กุญแจกู้คืน</translation>
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
    <name>AuditCommand</name>
    <message>
        <location filename="../app/care-cli/auditcommand.cpp" line="+36"/>
        <source>Invalid date “%1” for --%2: %3</source>
        <translation>วันที่ “%1” ของ --%2 ไม่ถูกต้อง: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Missing subcommand: audit verify or audit list.</source>
        <translation>ไม่ได้ระบุคำสั่งย่อย: audit verify หรือ audit list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown subcommand “%1”: use audit verify or audit list.</source>
        <translation>ไม่รู้จักคำสั่งย่อย “%1”: ใช้ audit verify หรือ audit list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “care-cli audit --help” for details.</source>
        <translation>ดูรายละเอียดได้ด้วย “care-cli audit --help”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: care-cli audit verify|list --db FILE …</source>
        <translation>วิธีใช้: care-cli audit verify|list --db FILE …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  verify  Check that no audit event was changed or deleted (no sign-in needed).</source>
        <translation>  verify  ตรวจสอบว่าไม่มีเหตุการณ์ในบันทึกการใช้งานถูกแก้ไขหรือลบ (ไม่ต้องเข้าสู่ระบบ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  list    List audit events by student, user, action and date.</source>
        <translation>  list    แสดงรายการเหตุการณ์ในบันทึกการใช้งานตามนักเรียน ผู้ใช้ การดำเนินการ และวันที่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “care-cli audit verify --help” or “care-cli audit list --help” for their options.</source>
        <translation>ดูตัวเลือกของคำสั่งเหล่านี้ได้ด้วย “care-cli audit verify --help” หรือ “care-cli audit list --help”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks the hash chain of the audit trail: every event must still hash to the value the next one links to, so a changed, inserted or deleted event is found. Anyone may run it; it needs no sign-in and changes nothing. Exit code 0: intact; 1: the first bad event is named.</source>
        <translation>ตรวจสอบห่วงโซ่แฮชของบันทึกการใช้งาน: ทุกเหตุการณ์ต้องยังคำนวณแฮชได้ตรงกับค่าที่เหตุการณ์ถัดไปเชื่อมโยงไว้ จึงตรวจพบเหตุการณ์ที่ถูกแก้ไข แทรก หรือลบได้ ทุกคนเรียกใช้ได้ ไม่ต้องเข้าสู่ระบบ และไม่เปลี่ยนแปลงข้อมูลใด ๆ รหัสสิ้นสุดการทำงาน 0: สมบูรณ์ 1: แจ้งเหตุการณ์แรกที่ไม่ผ่านการตรวจสอบ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newest event printed by an earlier check, as SEQ:HASH: proves that no event up to it was cut off the end.</source>
        <translation>เหตุการณ์ล่าสุดที่พิมพ์ไว้จากการตรวจสอบครั้งก่อน ในรูปแบบ SEQ:HASH ใช้พิสูจน์ว่าไม่มีเหตุการณ์ใดจนถึงเหตุการณ์นั้นถูกตัดออกจากท้ายบันทึก</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--anchor must be SEQ:HASH as printed by “audit verify” (a number, a colon and 64 hexadecimal digits), not “%1”.</source>
        <translation>--anchor ต้องอยู่ในรูปแบบ SEQ:HASH ตามที่ “audit verify” พิมพ์ไว้ (ตัวเลข ตามด้วยเครื่องหมายทวิภาค และเลขฐานสิบหก 64 หลัก) ไม่ใช่ “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+36"/>
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
        <location filename="../core/services/auditservice.cpp" line="+91"/>
        <source>The event was changed after it was written: its content does not match its hash.</source>
        <translation>เหตุการณ์นี้ถูกแก้ไขหลังจากบันทึกแล้ว: เนื้อหาไม่ตรงกับแฮชของเหตุการณ์</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The trail does not begin with its first event: the events before this one were removed.</source>
        <translation>บันทึกการใช้งานไม่ได้เริ่มต้นที่เหตุการณ์แรก: เหตุการณ์ก่อนหน้านี้ถูกลบออกไป</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event was inserted into the trail afterwards: the next event does not link to it.</source>
        <translation>เหตุการณ์นี้ถูกแทรกเข้ามาในบันทึกการใช้งานภายหลัง: เหตุการณ์ถัดไปไม่ได้เชื่อมโยงมายังเหตุการณ์นี้</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n event(s) before this one were removed from the trail.</source>
        <translation>
            <numerusform>เหตุการณ์ก่อนหน้านี้ %n รายการถูกลบออกจากบันทึกการใช้งาน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event does not link to the one before it: an earlier event was changed or removed.</source>
        <translation>เหตุการณ์นี้ไม่ได้เชื่อมโยงกับเหตุการณ์ก่อนหน้า: มีเหตุการณ์ก่อนหน้าถูกแก้ไขหรือลบออก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event does not match the anchor noted earlier: the trail was rewritten from this event on.</source>
        <translation>เหตุการณ์นี้ไม่ตรงกับจุดอ้างอิงที่จดไว้ก่อนหน้า บันทึกการใช้งานถูกเขียนใหม่ตั้งแต่เหตุการณ์นี้เป็นต้นไป</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+8"/>
        <source>No student has the id %1.</source>
        <translation>ไม่พบนักเรียนรหัส %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Student %1 is not at your school, so their audit events are not shown to you.</source>
        <translation>นักเรียน %1 ไม่ได้อยู่ในโรงเรียนของคุณ จึงไม่แสดงบันทึกการใช้งานของนักเรียนคนนี้ให้คุณเห็น</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../app/care-cli/backupcommand.cpp" line="+26"/>
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
        <location line="+9"/>
        <source>Shows what the backup holds (when it was made, the municipality, counts), then replaces the database&apos;s content with it. The content before the restore is kept beside the database. A damaged or truncated backup, or one of another municipality, is refused and nothing changes. Without --yes you are asked to confirm on the terminal; without a terminal, --yes is required.</source>
        <translation>แสดงข้อมูลที่อยู่ในไฟล์สำรองข้อมูล (วันที่สร้าง เทศบาล และจำนวนข้อมูล) จากนั้นแทนที่เนื้อหาของฐานข้อมูลด้วยไฟล์สำรองข้อมูลนั้น เนื้อหาเดิมก่อนการกู้คืนจะเก็บไว้ข้างไฟล์ฐานข้อมูล ไฟล์สำรองข้อมูลที่เสียหาย ไม่ครบถ้วน หรือเป็นของเทศบาลอื่นจะไม่ได้รับอนุญาตให้กู้คืน และจะไม่มีการเปลี่ยนแปลงใด ๆ หากไม่ระบุ --yes ระบบจะถามเพื่อยืนยันทางเทอร์มินัล หากไม่มีเทอร์มินัลต้องระบุ --yes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup file to restore.</source>
        <translation>ไฟล์สำรองข้อมูลที่จะกู้คืน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only check the backup and show its preview; change nothing and need no sign-in.</source>
        <translation>ตรวจสอบไฟล์สำรองข้อมูลและแสดงตัวอย่างเท่านั้น โดยไม่เปลี่ยนแปลงข้อมูลใด ๆ และไม่ต้องเข้าสู่ระบบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore without asking.</source>
        <translation>กู้คืนโดยไม่ต้องถามยืนยัน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing option --from BACKUP: the backup file to restore.</source>
        <translation>ไม่ได้ระบุตัวเลือก --from BACKUP: ไฟล์สำรองข้อมูลที่จะกู้คืน</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+5"/>
        <source>A restore replaces everything in the database: add --yes to confirm. Nothing was changed.</source>
        <translation>การกู้คืนจะแทนที่ข้อมูลทั้งหมดในฐานข้อมูล โปรดเพิ่ม --yes เพื่อยืนยัน ไม่มีการเปลี่ยนแปลงข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../core/storage/backupfileinspect.cpp" line="+62"/>
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
        <location line="+3"/>
        <source>The file “%1” is not a Care backup (it is not an SQLite database).</source>
        <translation>ไฟล์ “%1” ไม่ใช่ไฟล์สำรองข้อมูลของ Care (ไม่ใช่ฐานข้อมูล SQLite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file “%1” is truncated: it ends inside its header.</source>
        <translation>ไฟล์ “%1” ไม่ครบถ้วน: ไฟล์สิ้นสุดก่อนส่วนหัวจะครบ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “%1” is damaged: its header is not valid.</source>
        <translation>ไฟล์ “%1” เสียหาย: ส่วนหัวของไฟล์ไม่ถูกต้อง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “%1” is truncated: it holds %2 of its %3 bytes.</source>
        <translation>ไฟล์ “%1” ไม่ครบถ้วน: มีข้อมูลเพียง %2 จาก %3 ไบต์</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file “%1” is truncated or damaged: its size is not a whole number of pages.</source>
        <translation>ไฟล์ “%1” ไม่ครบถ้วนหรือเสียหาย: ขนาดไฟล์ไม่เท่ากับจำนวนหน้าเต็ม</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <location filename="../core/services/backupservice.cpp" line="+74"/>
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
        <location line="+21"/>
        <source>The backup “%1” failed its integrity check (%2) and was deleted. Check the disk and try again.</source>
        <translation>ไฟล์สำรองข้อมูล “%1” ไม่ผ่านการตรวจสอบความสมบูรณ์ (%2) และถูกลบแล้ว โปรดตรวจสอบดิสก์แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup “%1” could not be put in place; nothing was written there.</source>
        <translation>ไม่สามารถย้ายไฟล์สำรองข้อมูล “%1” ไปไว้ยังตำแหน่งปลายทางได้ จึงไม่มีการบันทึกไฟล์ใด ๆ ไว้ที่นั่น</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No file was given for the backup.</source>
        <translation>ไม่ได้ระบุไฟล์สำหรับสำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Keep at least one backup.</source>
        <translation>ต้องเก็บไฟล์สำรองข้อมูลไว้อย่างน้อย 1 ไฟล์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup folder does not exist.</source>
        <translation>ไม่พบโฟลเดอร์สำหรับเก็บไฟล์สำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location line="+10"/>
        <source>The backup “%1” could not be restored, and the database was not changed: %2</source>
        <translation>ไม่สามารถกู้คืนไฟล์สำรองข้อมูล “%1” ได้ และฐานข้อมูลไม่มีการเปลี่ยนแปลง: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup was restored, but the database could not be opened afterwards: %1 The content from before the restore is in “%2”.</source>
        <translation>กู้คืนไฟล์สำรองข้อมูลแล้ว แต่ไม่สามารถเปิดฐานข้อมูลหลังจากนั้นได้: %1 ข้อมูลก่อนการกู้คืนเก็บไว้ที่ “%2”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The database “%1” is damaged; the integrity check found: %2. Restore the latest backup.</source>
        <translation>ฐานข้อมูล “%1” เสียหาย ผลการตรวจสอบความสมบูรณ์พบว่า: %2 โปรดกู้คืนจากไฟล์สำรองข้อมูลล่าสุด</translation>
    </message>
</context>
<context>
    <name>BulkInsertText</name>
    <message>
        <location filename="../core/storage/bulkinsert.cpp" line="+178"/>
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
        <location filename="../core/services/consentservice.cpp" line="+30"/>
        <source>Care is locked. Sign in again to read or record consent notes and forms.</source>
        <translation>Care ถูกล็อกอยู่ โปรดเข้าสู่ระบบอีกครั้งเพื่ออ่านหรือบันทึกหมายเหตุและแบบฟอร์มความยินยอม</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+110"/>
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
        <location filename="../core/storage/contenthash.cpp" line="+143"/>
        <source>Care is locked: sign in to compare the protected content.</source>
        <translation>Care ถูกล็อกอยู่ โปรดเข้าสู่ระบบเพื่อเปรียบเทียบข้อมูลที่ได้รับการป้องกัน</translation>
    </message>
</context>
<context>
    <name>CreateStudentCommand</name>
    <message>
        <location filename="../ui/student/createstudentcommand.cpp" line="+27"/>
        <source>Add student %1</source>
        <translation>เพิ่มนักเรียน %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not undo adding the student</source>
        <translation>ไม่สามารถเลิกทำการเพิ่มนักเรียนได้</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>DatabaseFiles</name>
    <message>
        <location filename="../ui/app/databasefiles.cpp" line="+16"/>
        <source>Care databases (*.care);;All files (*)</source>
        <translation>ฐานข้อมูล Care (*.care);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location filename="../core/storage/database.cpp" line="+78"/>
        <source>The file is damaged or is not a Care database.</source>
        <translation>ไฟล์เสียหายหรือไม่ใช่ฐานข้อมูล Care</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No database file was given.</source>
        <translation>ไม่ได้ระบุไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The path is a folder, not a database file.</source>
        <translation>ตำแหน่งที่ระบุเป็นโฟลเดอร์ ไม่ใช่ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file does not exist.</source>
        <translation>ไม่พบไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder for the new database does not exist.</source>
        <translation>ไม่พบโฟลเดอร์สำหรับฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file could not be created: %1</source>
        <translation>ไม่สามารถสร้างไฟล์ฐานข้อมูลได้: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database file cannot be read: %1</source>
        <translation>ไม่สามารถอ่านไฟล์ฐานข้อมูลได้: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is empty; it is not a Care database.</source>
        <translation>ไฟล์ว่างเปล่า ไม่ใช่ฐานข้อมูล Care</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a Care database (it is not an SQLite file).</source>
        <translation>ไฟล์นี้ไม่ใช่ฐานข้อมูล Care (ไม่ใช่ไฟล์ SQLite)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database was made by a newer version of Care (schema %1; this version knows up to %2). Update Care to open it; the file was not changed.</source>
        <translation>ฐานข้อมูลนี้สร้างด้วย Care รุ่นที่ใหม่กว่า (โครงสร้างฐานข้อมูลรุ่น %1 แต่โปรแกรมรุ่นนี้รองรับถึงรุ่น %2) กรุณาปรับรุ่น Care ก่อนเปิดไฟล์นี้ ไฟล์ยังไม่ถูกแก้ไข</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is an SQLite database of another program, not a Care database; it was not changed.</source>
        <translation>ไฟล์นี้เป็นฐานข้อมูล SQLite ของโปรแกรมอื่น ไม่ใช่ฐานข้อมูล Care ไฟล์ยังไม่ถูกแก้ไข</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file is read-only; Care needs to write to it.</source>
        <translation>ไฟล์ฐานข้อมูลเป็นแบบอ่านอย่างเดียว แต่ Care จำเป็นต้องบันทึกข้อมูลลงไฟล์นี้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database could not be opened: %1</source>
        <translation>ไม่สามารถเปิดฐานข้อมูลได้: %1</translation>
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
        <location line="+63"/>
        <source>Demo health referrals: %n student(s)</source>
        <translation>
            <numerusform>การส่งต่อด้านสุขภาพตัวอย่าง: นักเรียน %n คน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../app/care-cli/democommand.cpp" line="+125"/>
        <source>Generating demo data: %1%</source>
        <translation>กำลังสร้างข้อมูลตัวอย่าง: %1%</translation>
    </message>
    <message>
        <location line="-95"/>
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
        <source>Creates a new Care database with made-up schools, students, guardians, households, attendance and grades for trying Care out. The same options always give the same data. An existing file is never overwritten.</source>
        <translation>สร้างฐานข้อมูล Care ใหม่ที่มีโรงเรียน นักเรียน ผู้ปกครอง ครัวเรือน การมาเรียน และผลการเรียนสมมุติ สำหรับทดลองใช้ Care ตัวเลือกเดียวกันจะได้ข้อมูลชุดเดียวกันเสมอ และจะไม่เขียนทับไฟล์ที่มีอยู่แล้ว</translation>
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
    <name>DemoText</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="+45"/>
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
        <location filename="../ui/student/editstudentcommand.cpp" line="+10"/>
        <source>Edit student %1</source>
        <translation>แก้ไขข้อมูลนักเรียน %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not undo the change to the student</source>
        <translation>ไม่สามารถเลิกทำการแก้ไขข้อมูลนักเรียนได้</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location filename="../app/care-cli/exportcommand.cpp" line="+27"/>
        <source>Usage: care-cli export subject --db FILE --student ID --out DIR</source>
        <translation>วิธีใช้: care-cli export subject --db FILE --student ID --out DIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run “care-cli export subject --help” for its options.</source>
        <translation>ดูตัวเลือกของคำสั่งนี้ได้ด้วย “care-cli export subject --help”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing subcommand: export subject.</source>
        <translation>ไม่ได้ระบุคำสั่งย่อย: export subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown subcommand “%1”: use export subject.</source>
        <translation>ไม่รู้จักคำสั่งย่อย “%1”: ใช้ export subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run “care-cli export subject --help” for details.</source>
        <translation>ดูรายละเอียดได้ด้วย “care-cli export subject --help”</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../core/security/fieldcipher.cpp" line="+49"/>
        <location line="+22"/>
        <source>A protected value is stored in an unknown form; it cannot be opened.</source>
        <translation>ข้อมูลที่ได้รับการป้องกันถูกจัดเก็บในรูปแบบที่ไม่รู้จัก จึงไม่สามารถเปิดอ่านได้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A protected value is damaged (it is not valid base64).</source>
        <translation>ข้อมูลที่ได้รับการป้องกันเสียหาย (ไม่ใช่ base64 ที่ถูกต้อง)</translation>
    </message>
</context>
<context>
    <name>FormFiles</name>
    <message>
        <location filename="../ui/privacy/formfiles.cpp" line="+31"/>
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
        <location line="+9"/>
        <source>No private temporary folder could be made to open the form in: %1</source>
        <translation>ไม่สามารถสร้างโฟลเดอร์ชั่วคราวส่วนตัวสำหรับเปิดแบบฟอร์มได้: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>The form could not be written to open it: %1</source>
        <translation>ไม่สามารถบันทึกแบบฟอร์มลงไฟล์เพื่อเปิดดูได้: %1</translation>
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
        <source>invalid input, or the record was not found</source>
        <translation>ข้อมูลที่ระบุไม่ถูกต้อง หรือไม่พบระเบียน</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>PasswordRules</name>
    <message>
        <location filename="../ui/security/passwordrules.cpp" line="+63"/>
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
        <location line="+7"/>
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
        <location filename="../app/care-cli/retentioncommand.cpp" line="+42"/>
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
        <location line="+12"/>
        <source>Usage: care-cli retention run --db FILE [--dry-run] [--json]</source>
        <translation>วิธีใช้: care-cli retention run --db FILE [--dry-run] [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run “care-cli retention run --help” for its options.</source>
        <translation>ดูตัวเลือกของคำสั่งนี้ได้ด้วย “care-cli retention run --help”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing subcommand: retention run.</source>
        <translation>ไม่ได้ระบุคำสั่งย่อย: retention run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown subcommand “%1”: use retention run.</source>
        <translation>ไม่รู้จักคำสั่งย่อย “%1”: ใช้ retention run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run “care-cli retention run --help” for details.</source>
        <translation>ดูรายละเอียดได้ด้วย “care-cli retention run --help”</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>SqliteFileText</name>
    <message>
        <location filename="../core/storage/sqlitefile.cpp" line="+29"/>
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
    <name>StudentFinder</name>
    <message>
        <location filename="../ui/privacy/studentfinder.cpp" line="+14"/>
        <source>Enter the student&apos;s national ID number or student number.</source>
        <translation>โปรดระบุเลขประจำตัวประชาชนหรือเลขประจำตัวนักเรียนของนักเรียน</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No student has the ID number or student number “%1”.</source>
        <translation>ไม่พบนักเรียนที่มีเลขประจำตัวหรือเลขประจำตัวนักเรียน “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several schools use the student number “%1”. Enter the student&apos;s national ID number instead.</source>
        <translation>มีหลายโรงเรียนที่ใช้เลขประจำตัวนักเรียน “%1” โปรดระบุเลขประจำตัวประชาชนของนักเรียนแทน</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>StudentLookup</name>
    <message>
        <location filename="../app/care-cli/studentlookup.cpp" line="+23"/>
        <source>No student has the id or ID number “%1”.</source>
        <translation>ไม่พบนักเรียนที่มีรหัสระเบียนหรือเลขประจำตัว “%1”</translation>
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
        <location filename="../core/services/studentservice.cpp" line="+39"/>
        <source>Another student already has this ID number.</source>
        <translation>เลขประจำตัวนี้เป็นของนักเรียนคนอื่นแล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>guardian %1</source>
        <translation>ผู้ปกครองคนที่ %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The student&apos;s record id is not valid.</source>
        <translation>รหัสระเบียนของนักเรียนไม่ถูกต้อง</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The classroom belongs to another school than the student&apos;s.</source>
        <translation>ห้องเรียนนี้เป็นของโรงเรียนอื่น ไม่ใช่โรงเรียนของนักเรียน</translation>
    </message>
</context>
<context>
    <name>StudentsCommand</name>
    <message>
        <location filename="../app/care-cli/studentscommand.cpp" line="+38"/>
        <source>Missing subcommand: students search or students show.</source>
        <translation>ไม่ได้ระบุคำสั่งย่อย: students search หรือ students show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown subcommand “%1”: use students search or students show.</source>
        <translation>ไม่รู้จักคำสั่งย่อย “%1”: ใช้ students search หรือ students show</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run “care-cli students --help” for details.</source>
        <translation>ดูรายละเอียดได้ด้วย “care-cli students --help”</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+88"/>
        <source>Missing option --db FILE.</source>
        <translation>ไม่ได้ระบุตัวเลือก --db FILE</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Unknown status “%1”; use one of: %2.</source>
        <translation>ไม่รู้จักสถานะ “%1” กรุณาใช้ค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No school in this database has the code “%1”.</source>
        <translation>ไม่มีโรงเรียนรหัส “%1” ในฐานข้อมูลนี้</translation>
    </message>
    <message>
        <location line="+27"/>
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
    <name>UserArguments</name>
    <message>
        <location filename="../app/care-cli/userarguments.cpp" line="+33"/>
        <source>Unknown role “%1”; use one of: %2.</source>
        <translation>ไม่รู้จักบทบาท “%1” กรุณาใช้ค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../app/care-cli/userprinter.cpp" line="+47"/>
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
        <location filename="../app/care-cli/userscommand.cpp" line="+53"/>
        <source>Missing subcommand: users add, list, disable, enable, reset-password or password.</source>
        <translation>ไม่ได้ระบุคำสั่งย่อย: users add, list, disable, enable, reset-password หรือ password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown subcommand “%1”: use users add, list, disable, enable, reset-password or password.</source>
        <translation>ไม่รู้จักคำสั่งย่อย “%1”: ใช้ users add, list, disable, enable, reset-password หรือ password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run “care-cli users --help” for details.</source>
        <translation>ดูรายละเอียดได้ด้วย “care-cli users --help”</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>Stops a user from signing in. Their records and audit trail stay.</source>
        <translation>ระงับไม่ให้ผู้ใช้เข้าสู่ระบบ โดยข้อมูลที่เกี่ยวข้องและบันทึกการใช้งานของผู้ใช้ยังคงอยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lets a disabled user sign in again.</source>
        <translation>ให้ผู้ใช้ที่ถูกปิดใช้งานเข้าสู่ระบบได้อีกครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>The user&apos;s sign-in name.</source>
        <translation>ชื่อผู้ใช้ที่ใช้เข้าสู่ระบบ</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Disabled user %1: they can no longer sign in.</source>
        <translation>ปิดใช้งานผู้ใช้ %1 แล้ว: ผู้ใช้นี้จะเข้าสู่ระบบไม่ได้อีก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled user %1: they can sign in again.</source>
        <translation>เปิดใช้งานผู้ใช้ %1 แล้ว: ผู้ใช้นี้เข้าสู่ระบบได้อีกครั้ง</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>WriteText</name>
    <message>
        <location filename="../core/storage/writescope.cpp" line="+151"/>
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
        <location line="+71"/>
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
        <location filename="../ui/security/accountscreens.cpp" line="+98"/>
        <source>This is the demo database. Its users (admin, officer, director, counsellor, teacher, visitor, nurse) all have the password &quot;demo&quot;.</source>
        <translation>นี่คือฐานข้อมูลตัวอย่าง ผู้ใช้ทุกคนในฐานข้อมูลนี้ (admin, officer, director, counsellor, teacher, visitor, nurse) ใช้รหัสผ่าน &quot;demo&quot;</translation>
    </message>
    <message>
        <location line="+131"/>
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
        <location filename="../ui/security/adduserdialog.cpp" line="+202"/>
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
        <location filename="../ui/student/addresssection.cpp" line="+74"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;House number</source>
        <translation>บ้านเลขที่ (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Moo</source>
        <translation>หมู่ที่ (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village number (หมู่ที่)</source>
        <translation>หมู่ที่ (หมายเลขหมู่บ้าน)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../ui/privacy/auditfilterbar.cpp" line="+89"/>
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
    <name>care::ui::GuardianEditDialog</name>
    <message>
        <location filename="../ui/student/guardianeditdialog.cpp" line="+100"/>
        <source>Still needed: %1</source>
        <translation>ยังต้องกรอก: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit guardian</source>
        <translation>แก้ไขข้อมูลผู้ปกครอง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add guardian</source>
        <translation>เพิ่มผู้ปกครอง</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../ui/student/householdsection.cpp" line="+69"/>
        <source>Write the monthly income in whole baht, e.g. 12,000.</source>
        <translation>กรอกรายได้ต่อเดือนเป็นจำนวนเต็มบาท เช่น 12,000</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+9"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 a month</source>
        <translation>เดือนละ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;embers (people)</source>
        <translation>จำนวนสมาชิก (คน) (&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly &amp;income (baht)</source>
        <translation>รายได้ต่อเดือน (บาท) (&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole household, e.g. 9,000</source>
        <translation>รวมทั้งครัวเรือน เช่น 9,000</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+218"/>
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
        <location filename="../ui/mainwindow/navigationpanel.cpp" line="+92"/>
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
        <location line="+6"/>
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
        <location filename="../ui/student/studentidentitysection.cpp" line="+138"/>
        <source>Student</source>
        <translation>นักเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>13-digit national ID number, or a G-code (G and 12 digits) for a student without civil registration</source>
        <translation>เลขประจำตัวประชาชน 13 หลัก หรือ G-code (G ตามด้วยตัวเลข 12 หลัก) สำหรับนักเรียนที่ไม่มีหลักฐานทางทะเบียนราษฎร</translation>
    </message>
</context>
<context>
    <name>care::ui::StudentListModel</name>
    <message>
        <location filename="../ui/mainwindow/studentlistmodel.cpp" line="+121"/>
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
        <location filename="../ui/mainwindow/studentlistpanel.cpp" line="+195"/>
        <location line="+31"/>
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
        <location filename="../ui/student/studentprofileview.cpp" line="+138"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a student to see their record.</source>
        <translation>เลือกนักเรียนเพื่อดูข้อมูล</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+22"/>
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
    <name>care::ui::StudentSchoolSection</name>
    <message>
        <location filename="../ui/student/studentschoolsection.cpp" line="+70"/>
        <location line="+52"/>
        <source>No class</source>
        <translation>ไม่ระบุชั้นเรียน</translation>
    </message>
    <message numerus="yes">
        <location line="-47"/>
        <source>%1 (%n students)</source>
        <translation>
            <numerusform>%1 (นักเรียน %n คน)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>School</source>
        <translation>โรงเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;School</source>
        <translation>โรงเรียน (&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+1"/>
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
        <source>Disable %1 (%2)? They can no longer sign in until the account is enabled again.</source>
        <translation>ปิดใช้งาน %1 (%2) หรือไม่? ผู้ใช้นี้จะเข้าสู่ระบบไม่ได้จนกว่าบัญชีจะถูกเปิดใช้งานอีกครั้ง</translation>
    </message>
    <message>
        <location line="+24"/>
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
</TS>
