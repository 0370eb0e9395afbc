#include <QCoreApplication>
#include <cstdio>
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::puts("care-cli " CARE_VERSION);
    return 0;
}
