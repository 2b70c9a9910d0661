namespace ReportBot.Hosting;

public static class ReportBotHost
{
    /// <summary>
    /// The builder every command starts from, and the tests too: the program's folder as content root (the format
    /// file and appsettings.json live there), then <paramref name="settings"/> over the configuration.
    /// </summary>
    public static HostApplicationBuilder CreateBuilder(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }
}
