<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
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
    <name>BulkInsertText</name>
    <message>
        <location filename="../core/storage/bulkinsert.cpp" line="+178"/>
        <source>The rows to save do not all have the same fields.</source>
        <translation>แถวข้อมูลที่จะบันทึกมีช่องข้อมูลไม่ตรงกันทุกแถว</translation>
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
    <name>DemoCommand</name>
    <message>
        <location filename="../app/care-cli/democommand.cpp" line="+32"/>
        <source>Generating demo data: %1%</source>
        <translation>กำลังสร้างข้อมูลตัวอย่าง: %1%</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+11"/>
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
        <location line="+13"/>
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
        <location filename="../core/demo/demogenerator.cpp" line="+43"/>
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
    <name>RowText</name>
    <message>
        <location filename="../core/storage/tablerow.cpp" line="+134"/>
        <location line="+25"/>
        <source>The record was not found; it may have been deleted.</source>
        <translation>ไม่พบระเบียนนี้ อาจถูกลบไปแล้ว</translation>
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
        <location filename="../core/storage/studentrepository.cpp" line="+123"/>
        <source>No student has this record id.</source>
        <translation>ไม่พบนักเรียนที่มีรหัสระเบียนนี้</translation>
    </message>
</context>
<context>
    <name>StudentServiceText</name>
    <message>
        <location filename="../core/services/studentservice.cpp" line="+34"/>
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
</context>
<context>
    <name>StudentsCommand</name>
    <message>
        <location filename="../app/care-cli/studentscommand.cpp" line="+25"/>
        <source>The Care database file.</source>
        <translation>ไฟล์ฐานข้อมูล Care</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print JSON instead of text.</source>
        <translation>แสดงผลเป็น JSON แทนข้อความ</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location line="+83"/>
        <source>Missing option --db FILE.</source>
        <translation>ไม่ได้ระบุตัวเลือก --db FILE</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Unknown status “%1”; use one of: %2.</source>
        <translation>ไม่รู้จักสถานะ “%1” กรุณาใช้ค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <location line="+19"/>
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
    <message>
        <location line="+18"/>
        <source>No student has the id or ID number “%1”.</source>
        <translation>ไม่พบนักเรียนที่มีรหัสระเบียนหรือเลขประจำตัว “%1”</translation>
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
        <location filename="../core/storage/writescope.cpp" line="+154"/>
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
    <name>care::ui::MainActions</name>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="+85"/>
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
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+189"/>
        <source>Select a student in the list to see the profile.</source>
        <translation>เลือกนักเรียนในรายชื่อเพื่อดูข้อมูลรายบุคคล</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../ui/mainwindow/studentlistpanel.cpp" line="+187"/>
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
    <name>care::ui::StudentProfileView</name>
    <message>
        <location filename="../ui/student/studentprofileview.cpp" line="+133"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a student to see their record.</source>
        <translation>เลือกนักเรียนเพื่อดูข้อมูล</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This student&apos;s record could not be shown: %1</source>
        <translation>ไม่สามารถแสดงข้อมูลของนักเรียนคนนี้ได้: %1</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+21"/>
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
</TS>
