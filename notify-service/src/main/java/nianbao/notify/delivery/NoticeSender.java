package nianbao.notify.delivery;

/** Sends notices over one channel; throws when the receiver did not take the notice. */
public interface NoticeSender {

    Channel channel();

    void send(Notice notice) throws Exception;
}
