namespace GameScheduler.AppHost.Infrastructure;

/// <summary>A program the local infrastructure needs is not installed; the message says which package brings it.</summary>
internal sealed class MissingSystemPackageException(string program, string debianPackage)
    : Exception($"{program} is not installed. Install the Debian package with: sudo apt-get install -y {debianPackage}" +
                " (or run ./run.sh, which installs what is missing).");
