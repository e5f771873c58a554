package nianbao.notify.mail;

import org.springframework.stereotype.Component;

import nianbao.notify.alerts.AlertPolicy;
import nianbao.notify.dashboard.DashboardLinkProperties;
import nianbao.notify.delivery.Channel;
import nianbao.notify.delivery.Notice;
import nianbao.notify.delivery.NoticeSender;
import nianbao.notify.directory.AgencyDirectory;

/** Sends notices by SMTP; the Message-ID is the notice id, so a re-send after a crash is recognisably the same. */
@Component
public class MailNoticeSender implements NoticeSender {

    private final Mailer mailer;
    private final AgencyDirectory directory;
    private final String dashboardUrl;
    private final AlertPolicy policy;

    public MailNoticeSender(Mailer mailer, AgencyDirectory directory, DashboardLinkProperties dashboard,
                            AlertPolicy policy) {
        this.mailer = mailer;
        this.directory = directory;
        this.dashboardUrl = dashboard.dashboardUrl();
        this.policy = policy;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Notice notice) throws Exception {
        String region = directory.regionLabel(notice.first().agency().regionCode());
        mailer.send(notice.supervisor().email(), NoticeMail.compose(notice, region, dashboardUrl, policy), notice.id());
    }
}
